package io.eddy.examples.relational;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The expected output of {@link TpchQuery3}, computed in plain Java from the same tables. */
public final class TpchQuery3Reference {

    private static final Pattern BAR = Pattern.compile("\\|");

    private TpchQuery3Reference() {
    }

    /** Output lines {@code orderkey|revenue|orderdate|shippriority} in the query's order. */
    public static List<String> compute(Path dir, String segment, String date) throws IOException {
        Set<Long> customers = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("customer.csv"), StandardCharsets.UTF_8)) {
            String[] f = BAR.split(line);
            if (f[6].equals(segment)) {
                customers.add(Long.parseLong(f[0]));
            }
        }
        Map<Long, String[]> orders = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("orders.csv"), StandardCharsets.UTF_8)) {
            String[] f = BAR.split(line);
            if (customers.contains(Long.parseLong(f[1])) && f[4].compareTo(date) < 0) {
                orders.put(Long.parseLong(f[0]), new String[] {f[4], f[7]});
            }
        }
        Map<Long, Long> revenue = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("lineitem.csv"), StandardCharsets.UTF_8)) {
            String[] f = BAR.split(line);
            long orderKey = Long.parseLong(f[0]);
            if (orders.containsKey(orderKey) && f[10].compareTo(date) > 0) {
                long cents = new BigDecimal(f[5]).movePointRight(2).longValueExact();
                long discount = new BigDecimal(f[6]).movePointRight(2).longValueExact();
                revenue.merge(orderKey, cents * (100 - discount), Long::sum);
            }
        }
        List<Map.Entry<Long, Long>> rows = new ArrayList<>(revenue.entrySet());
        rows.sort(Comparator.<Map.Entry<Long, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(e -> orders.get(e.getKey())[0]));
        List<String> result = new ArrayList<>(rows.size());
        for (Map.Entry<Long, Long> row : rows) {
            String[] order = orders.get(row.getKey());
            result.add(row.getKey() + "|" + BigDecimal.valueOf(row.getValue(), 4).toPlainString() + "|"
                    + order[0] + "|" + order[1]);
        }
        return result;
    }
}

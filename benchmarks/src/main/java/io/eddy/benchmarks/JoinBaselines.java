package io.eddy.benchmarks;

import io.eddy.benchmarks.BaselineJobs.LongIntTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The hand-written plain-Java baselines of the joins suite: the jobs of {@code FlinkJoinJobs}
 * ({@code q3}, {@code threeway}) with no engine, the way one would write them for one JVM. The small
 * sides go into open-addressing tables of primitive keys, the large tables are read by one thread per
 * line-aligned byte range, each with its own partial result, and the partials are merged at the end.
 * Lines are parsed in place from the bytes; revenue is the same exact integer as in the DataSet
 * programs, and the output lines are the same.
 *
 * <p>Run through {@link BaselineJobs}: {@code BaselineJobs q3|threeway --input <dir> --output <file>
 * [--threads 2]}.
 */
final class JoinBaselines {

    private static final byte[] SEGMENT = ascii("BUILDING");
    private static final byte[] DATE = ascii("1995-03-15");
    private static final byte[] FIRST_DAY = ascii("1994-01-01");
    private static final byte[] END_DAY = ascii("1996-01-01");
    /** Revenue is in units of 1/10,000: cents times whole percents. */
    private static final int REVENUE_SCALE = 4;
    /** The fields a line is split into at most; the jobs read none beyond the eleventh. */
    private static final int MAX_FIELDS = 12;
    private static final int MAX_SEGMENTS = 16;

    private JoinBaselines() {
    }

    /** The Q3-like query: revenue per order of the segment's customers, sorted by revenue and date. */
    static void q3(Path input, Path output, int threads) throws Exception {
        Path customerFile = input.resolve("customer.csv");
        Path ordersFile = input.resolve("orders.csv");
        Path lineItemFile = input.resolve("lineitem.csv");

        // the segment's customers; the value is unused
        LongIntTable customers = merge(BaselineJobs.inParallel(customerFile, threads, (start, end) -> {
            LongIntTable part = new LongIntTable();
            LineRanges.read(customerFile, start, end, new Fields(f -> {
                if (f.equals(6, SEGMENT)) {
                    part.put(f.parseLong(0), 0);
                }
            }));
            return part;
        }));

        // their orders before the date: orderkey -> index into the order dates and priorities
        List<OrderRows> orderParts = BaselineJobs.inParallel(ordersFile, threads, (start, end) -> {
            OrderRows part = new OrderRows();
            LineRanges.read(ordersFile, start, end, new Fields(f -> {
                if (f.compare(4, DATE) < 0 && customers.get(f.parseLong(1)) >= 0) {
                    part.add(f.parseLong(0), f.string(4), (int) f.parseLong(7));
                }
            }));
            return part;
        });
        OrderRows orders = orderParts.get(0);
        for (int i = 1; i < orderParts.size(); i++) {
            orders.addAll(orderParts.get(i));
        }

        // revenue per order of their items shipped after the date, summed per thread
        List<long[]> revenueParts = BaselineJobs.inParallel(lineItemFile, threads, (start, end) -> {
            long[] revenue = new long[orders.size()];
            LineRanges.read(lineItemFile, start, end, new Fields(f -> {
                if (f.compare(10, DATE) > 0) {
                    int order = orders.index(f.parseLong(0));
                    if (order >= 0) {
                        revenue[order] += f.parseDecimal(5) * (100 - f.parseDecimal(6));
                    }
                }
            }));
            return revenue;
        });
        long[] revenue = new long[orders.size()];
        for (long[] part : revenueParts) {
            for (int i = 0; i < revenue.length; i++) {
                revenue[i] += part[i];
            }
        }

        // every item's revenue is positive (prices of at least 900.00, discounts of at most 10%), so an
        // order has qualifying items exactly when its revenue is positive; the join drops the others
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < revenue.length; i++) {
            if (revenue[i] > 0) {
                rows.add(i);
            }
        }
        rows.sort(Comparator.<Integer>comparingLong(i -> -revenue[i]).thenComparing(i -> orders.dates.get(i)));
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int i : rows) {
                out.write(orders.keys[i] + "|" + BigDecimal.valueOf(revenue[i], REVENUE_SCALE).toPlainString() + "|"
                        + orders.dates.get(i) + "|" + orders.priorities[i] + "\n");
            }
        }
    }

    /** The three-way join: revenue per nation and segment of the items of the orders of 1994 and 1995. */
    static void threeWay(Path input, Path output, int threads) throws Exception {
        Path customerFile = input.resolve("customer.csv");
        Path ordersFile = input.resolve("orders.csv");
        Path lineItemFile = input.resolve("lineitem.csv");

        // custkey -> group, where group = nation * MAX_SEGMENTS + the segment's index
        List<String> segments = new ArrayList<>();
        int[] maxNation = {0};
        LongIntTable nationSegment = new LongIntTable();
        LineRanges.read(customerFile, 0, Files.size(customerFile), new Fields(f -> {
            String segment = f.string(6);
            int index = segments.indexOf(segment);
            if (index < 0) {
                index = segments.size();
                segments.add(segment);
                if (index == MAX_SEGMENTS) {
                    throw new IllegalArgumentException("more than " + MAX_SEGMENTS + " market segments");
                }
            }
            int nation = (int) f.parseLong(3);
            maxNation[0] = Math.max(maxNation[0], nation);
            nationSegment.put(f.parseLong(0), nation * MAX_SEGMENTS + index);
        }));
        int groups = (maxNation[0] + 1) * MAX_SEGMENTS;

        // orderkey -> group of the order's customer, for the orders of the two years
        LongIntTable orderGroup = merge(BaselineJobs.inParallel(ordersFile, threads, (start, end) -> {
            LongIntTable part = new LongIntTable();
            LineRanges.read(ordersFile, start, end, new Fields(f -> {
                if (f.compare(4, FIRST_DAY) >= 0 && f.compare(4, END_DAY) < 0) {
                    int group = nationSegment.get(f.parseLong(1));
                    if (group >= 0) {
                        part.put(f.parseLong(0), group);
                    }
                }
            }));
            return part;
        }));

        // revenue and item count per group; a group without items writes no line
        List<long[]> parts = BaselineJobs.inParallel(lineItemFile, threads, (start, end) -> {
            long[] sums = new long[2 * groups];
            LineRanges.read(lineItemFile, start, end, new Fields(f -> {
                int group = orderGroup.get(f.parseLong(0));
                if (group >= 0) {
                    sums[2 * group] += f.parseDecimal(5) * (100 - f.parseDecimal(6));
                    sums[2 * group + 1]++;
                }
            }));
            return sums;
        });
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int group = 0; group < groups; group++) {
                long revenue = 0;
                long items = 0;
                for (long[] part : parts) {
                    revenue += part[2 * group];
                    items += part[2 * group + 1];
                }
                if (items > 0) {
                    out.write(group / MAX_SEGMENTS + "," + segments.get(group % MAX_SEGMENTS) + "," + revenue + "\n");
                }
            }
        }
    }

    private static LongIntTable merge(List<LongIntTable> parts) {
        LongIntTable all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            parts.get(i).forEach(all::put);
        }
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The qualifying orders of Q3, in the order they were added; keys are unique. */
    static final class OrderRows {

        private final LongIntTable index = new LongIntTable();
        private long[] keys = new long[1024];
        private int[] priorities = new int[1024];
        private final List<String> dates = new ArrayList<>();

        void add(long key, String date, int priority) {
            int i = dates.size();
            if (i == keys.length) {
                keys = Arrays.copyOf(keys, 2 * i);
                priorities = Arrays.copyOf(priorities, 2 * i);
            }
            keys[i] = key;
            priorities[i] = priority;
            dates.add(date);
            index.put(key, i);
        }

        void addAll(OrderRows other) {
            for (int i = 0; i < other.size(); i++) {
                add(other.keys[i], other.dates.get(i), other.priorities[i]);
            }
        }

        /** The row of {@code key}, or -1. */
        int index(long key) {
            return index.get(key);
        }

        int size() {
            return dates.size();
        }
    }

    /** Receives the fields of the line being read. */
    interface FieldConsumer {
        void accept(Fields fields);
    }

    /**
     * Splits each line at {@code |} into the start offsets of its fields, in place, and parses single
     * fields on demand: no string per line.
     */
    static final class Fields implements LineRanges.LineConsumer {

        private final FieldConsumer consumer;
        private final int[] starts = new int[MAX_FIELDS + 1];
        private byte[] buffer;
        private int count;

        Fields(FieldConsumer consumer) {
            this.consumer = consumer;
        }

        @Override
        public void line(byte[] buffer, int from, int to) {
            this.buffer = buffer;
            count = 0;
            starts[count++] = from;
            for (int i = from; i < to && count <= MAX_FIELDS; i++) {
                if (buffer[i] == '|') {
                    starts[count++] = i + 1;
                }
            }
            if (count <= MAX_FIELDS) {
                starts[count] = to + 1;
            }
            consumer.accept(this);
        }

        private int end(int field) {
            if (field + 1 > count || field >= MAX_FIELDS) {
                throw new IllegalArgumentException("a line has no field " + field);
            }
            return starts[field + 1] - 1;
        }

        long parseLong(int field) {
            long value = 0;
            for (int i = starts[field], end = end(field); i < end; i++) {
                value = value * 10 + (buffer[i] - '0');
            }
            return value;
        }

        /** A non-negative decimal with two places ({@code 123.45}, {@code 0.05}) in hundredths. */
        long parseDecimal(int field) {
            long value = 0;
            for (int i = starts[field], end = end(field); i < end; i++) {
                if (buffer[i] != '.') {
                    value = value * 10 + (buffer[i] - '0');
                }
            }
            return value;
        }

        int compare(int field, byte[] value) {
            return Arrays.compare(buffer, starts[field], end(field), value, 0, value.length);
        }

        boolean equals(int field, byte[] value) {
            return Arrays.equals(buffer, starts[field], end(field), value, 0, value.length);
        }

        String string(int field) {
            return new String(buffer, starts[field], end(field) - starts[field], StandardCharsets.US_ASCII);
        }
    }
}

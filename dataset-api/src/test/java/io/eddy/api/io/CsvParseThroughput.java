package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.Path;
import io.eddy.api.tuple.Tuple;
import java.io.IOException;

/**
 * A manual measurement, not a test: how fast one thread parses a {@code |}-separated file into
 * tuples of the included columns, as the joins benchmark's Q3 reads {@code lineitem.csv}. Run with
 * {@code java -Xmx1g -cp <dataset-api and runtime classes, test classes, dependencies>
 * io.eddy.api.io.CsvParseThroughput bench-data/tpch-1/lineitem.csv [mask] [rounds]}; the default
 * mask {@code 10000110001} reads Q3's order key, price, discount and ship date.
 */
public final class CsvParseThroughput {

    private CsvParseThroughput() {}

    public static void main(String[] args) throws IOException {
        String mask = args.length > 1 ? args[1] : "10000110001";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean[] included = new boolean[mask.length()];
        int fields = 0;
        for (int i = 0; i < included.length; i++) {
            included[i] = mask.charAt(i) == '1';
            fields += included[i] ? 1 : 0;
        }
        Class<?>[] types = fields == 4
                ? new Class<?>[] {Long.class, Double.class, Double.class, String.class}
                : repeat(String.class, fields);
        for (int round = 0; round < rounds; round++) {
            TupleCsvInputFormat<Tuple> format = new TupleCsvInputFormat<>(new Path(args[0]), "\n", "|", types, included);
            format.configure(new Configuration());
            long started = System.nanoTime();
            long records = 0;
            long checksum = 0;
            for (FileInputSplit split : format.createInputSplits(1)) {
                format.open(split);
                Tuple reuse = null;
                while (!format.reachedEnd()) {
                    Tuple t = format.nextRecord(reuse);
                    if (t != null) {
                        records++;
                        checksum += t.getField(0).hashCode();
                    }
                }
                format.close();
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("round %d: %d records in %d ms (%.0f ns/record, checksum %d)%n",
                    round, records, ms, ms * 1e6 / records, checksum);
        }
    }

    private static Class<?>[] repeat(Class<?> type, int n) {
        Class<?>[] types = new Class<?>[n];
        java.util.Arrays.fill(types, type);
        return types;
    }
}

package io.eddy.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the two tables of the join benchmark: {@code customers.csv} ({@code custKey,segment}) and
 * {@code orders.csv} ({@code orderKey,custKey,price}), comma-separated. Prices are whole cents so the
 * per-segment sums are exact on every engine; every order's customer exists.
 */
public final class TableGenerator {

    /** The customer segments the benchmark groups by. */
    public static final String[] SEGMENTS = {"AUTOMOBILE", "BUILDING", "FURNITURE", "HOUSEHOLD", "MACHINERY"};

    private static final long SEED = 0x0DDE_5EEDL;

    private TableGenerator() {
    }

    /** Writes {@code customers} customers and {@code orders} orders into {@code dir}. */
    public static void write(Path dir, long customers, long orders) throws IOException {
        if (customers < 1 || orders < 0) {
            throw new IllegalArgumentException("need at least one customer and no negative order count");
        }
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder line = new StringBuilder(64);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve("customers.csv")), StandardCharsets.US_ASCII), 1 << 20)) {
            for (long key = 1; key <= customers; key++) {
                line.setLength(0);
                line.append(key).append(',').append(SEGMENTS[random.nextInt(SEGMENTS.length)]).append('\n');
                out.append(line);
            }
        }
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve("orders.csv")), StandardCharsets.US_ASCII), 1 << 20)) {
            for (long key = 1; key <= orders; key++) {
                line.setLength(0);
                line.append(key).append(',').append(1 + random.nextLong(customers)).append(',')
                        .append(100 + random.nextInt(1_000_000)).append('\n');
                out.append(line);
            }
        }
    }
}

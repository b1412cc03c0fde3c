package io.eddy.examples.relational.util;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes small TPC-H-like tables ({@code customer.csv}, {@code orders.csv}, {@code lineitem.csv},
 * fields separated by {@code |}) for the relational examples and their tests.
 *
 * <p>The column layout follows the TPC-H specification so that queries pick fields with
 * {@code includeFields} as they would on real data, but the values come from a seeded random source:
 * the same scale always gives byte-identical files. Scale 1 has 150,000 customers and 1,500,000
 * orders (like TPC-H SF 1); each order has 1 to 7 line items. Prices carry exactly two decimals and
 * discounts are whole percents, so revenue can be summed exactly in any order.
 */
public final class TpchData {

    /** Customer market segments, as in TPC-H. */
    public static final String[] SEGMENTS = {"AUTOMOBILE", "BUILDING", "FURNITURE", "HOUSEHOLD", "MACHINERY"};

    private static final String[] PRIORITIES = {"1-URGENT", "2-HIGH", "3-MEDIUM", "4-NOT SPECIFIED", "5-LOW"};
    private static final String[] SHIP_MODES = {"AIR", "FOB", "MAIL", "RAIL", "REG AIR", "SHIP", "TRUCK"};
    private static final String[] COMMENT_WORDS = {"carefully", "final", "deposits", "quickly", "ironic",
        "requests", "pending", "accounts", "blithely", "regular", "packages", "furiously", "express"};
    private static final LocalDate START_DATE = LocalDate.of(1992, 1, 1);
    private static final int ORDER_DATE_RANGE_DAYS = 2405; // up to 1998-08-02, as in TPC-H
    private static final long SEED = 0x7AC4L;

    private TpchData() {
    }

    /** Usage: {@code TpchData --output <dir> [--scale <factor>]} (scale defaults to 0.01). */
    public static void main(String[] args) throws IOException {
        String output = null;
        double scale = 0.01;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--output" -> output = args[i + 1];
                case "--scale" -> scale = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("usage: TpchData --output <dir> [--scale <factor>]");
        }
        generate(Path.of(output), scale);
    }

    /** Writes the three tables for the given scale into {@code dir}, creating it if needed. */
    public static void generate(Path dir, double scale) throws IOException {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        Files.createDirectories(dir);
        long customers = Math.max(1, Math.round(150_000 * scale));
        long orders = Math.max(1, Math.round(1_500_000 * scale));
        SplittableRandom random = new SplittableRandom(SEED);
        writeCustomers(dir.resolve("customer.csv"), customers, random.split());
        writeOrdersAndLineItems(dir, orders, customers, random.split());
    }

    private static void writeCustomers(Path file, long count, SplittableRandom random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(160);
            for (long key = 1; key <= count; key++) {
                line.setLength(0);
                int nation = random.nextInt(25);
                line.append(key).append('|')
                        .append("Customer#").append(String.format("%09d", key)).append('|')
                        .append(Long.toString(random.nextLong() & 0xFFFFFFFFL, 36)).append('|')
                        .append(nation).append('|')
                        .append(10 + nation).append('-').append(100 + random.nextInt(900)).append('-')
                        .append(1000 + random.nextInt(9000)).append('|');
                appendMoney(line, random.nextLong(-99_999, 999_999)).append('|')
                        .append(SEGMENTS[random.nextInt(SEGMENTS.length)]).append('|');
                appendComment(line, random);
                out.append(line).append('\n');
            }
        }
    }

    private static void writeOrdersAndLineItems(Path dir, long count, long customers, SplittableRandom random)
            throws IOException {
        try (BufferedWriter orders = Files.newBufferedWriter(dir.resolve("orders.csv"), StandardCharsets.UTF_8);
             BufferedWriter items = Files.newBufferedWriter(dir.resolve("lineitem.csv"), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(200);
            for (long key = 1; key <= count; key++) {
                long customer = 1 + random.nextLong(customers);
                LocalDate orderDate = START_DATE.plusDays(random.nextInt(ORDER_DATE_RANGE_DAYS));
                int lineCount = 1 + random.nextInt(7);
                long totalCents = 0;
                for (int number = 1; number <= lineCount; number++) {
                    int quantity = 1 + random.nextInt(50);
                    long priceCents = quantity * (90_000L + random.nextInt(110_000));
                    int discountPercent = random.nextInt(11);
                    int taxPercent = random.nextInt(9);
                    LocalDate shipDate = orderDate.plusDays(1 + random.nextInt(121));
                    totalCents += priceCents;
                    line.setLength(0);
                    line.append(key).append('|')
                            .append(1 + random.nextInt(200_000)).append('|')
                            .append(1 + random.nextInt(10_000)).append('|')
                            .append(number).append('|')
                            .append(quantity).append('|');
                    appendMoney(line, priceCents).append('|')
                            .append("0.").append(discountPercent < 10 ? "0" : "").append(discountPercent).append('|')
                            .append("0.0").append(taxPercent).append('|')
                            .append(shipDate.isAfter(LocalDate.of(1995, 6, 17)) ? 'N' : (random.nextBoolean() ? 'R' : 'A'))
                            .append('|')
                            .append(shipDate.isAfter(LocalDate.of(1995, 6, 17)) ? 'O' : 'F').append('|')
                            .append(shipDate).append('|')
                            .append(orderDate.plusDays(30 + random.nextInt(61))).append('|')
                            .append(shipDate.plusDays(1 + random.nextInt(30))).append('|')
                            .append("DELIVER IN PERSON").append('|')
                            .append(SHIP_MODES[random.nextInt(SHIP_MODES.length)]).append('|');
                    appendComment(line, random);
                    items.append(line).append('\n');
                }
                line.setLength(0);
                line.append(key).append('|')
                        .append(customer).append('|')
                        .append(orderDate.isAfter(LocalDate.of(1995, 6, 17)) ? 'O' : 'F').append('|');
                appendMoney(line, totalCents).append('|')
                        .append(orderDate).append('|')
                        .append(PRIORITIES[random.nextInt(PRIORITIES.length)]).append('|')
                        .append("Clerk#").append(String.format("%09d", 1 + random.nextInt(1000))).append('|')
                        .append(random.nextInt(2)).append('|');
                appendComment(line, random);
                orders.append(line).append('\n');
            }
        }
    }

    private static StringBuilder appendMoney(StringBuilder line, long cents) {
        if (cents < 0) {
            line.append('-');
            cents = -cents;
        }
        long fraction = cents % 100;
        return line.append(cents / 100).append('.').append(fraction < 10 ? "0" : "").append(fraction);
    }

    private static void appendComment(StringBuilder line, SplittableRandom random) {
        int words = 2 + random.nextInt(5);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                line.append(' ');
            }
            line.append(COMMENT_WORDS[random.nextInt(COMMENT_WORDS.length)]);
        }
    }
}

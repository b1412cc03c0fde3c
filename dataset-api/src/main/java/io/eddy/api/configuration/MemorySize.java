package io.eddy.api.configuration;

import java.io.Serializable;
import java.util.Locale;

/**
 * An amount of memory in bytes, parsed from the forms Flink configurations use: a number with an
 * optional unit, {@code b}/{@code bytes}, {@code k}/{@code kb}/{@code kibibytes}, {@code m}/{@code mb},
 * {@code g}/{@code gb}, {@code t}/{@code tb} (all powers of 1024, case-insensitive), e.g.
 * {@code "256m"}, {@code "1 gb"}, {@code "32768"}.
 */
public final class MemorySize implements Serializable, Comparable<MemorySize> {

    private static final long serialVersionUID = 1L;

    public static final MemorySize ZERO = new MemorySize(0);

    private final long bytes;

    public MemorySize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("memory size must not be negative: " + bytes);
        }
        this.bytes = bytes;
    }

    public static MemorySize ofMebiBytes(long mebiBytes) {
        return new MemorySize(Math.multiplyExact(mebiBytes, 1L << 20));
    }

    /** Parses {@code text}; a missing unit means bytes. */
    public static MemorySize parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        int split = 0;
        while (split < s.length() && Character.isDigit(s.charAt(split))) {
            split++;
        }
        if (split == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a memory size: it must start with a number, e.g. 256m");
        }
        long value;
        try {
            value = Long.parseLong(s.substring(0, split));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a memory size: the number is too large", e);
        }
        String unit = s.substring(split).trim();
        long multiplier = switch (unit) {
            case "", "b", "bytes" -> 1L;
            case "k", "kb", "kibibytes" -> 1L << 10;
            case "m", "mb", "mebibytes" -> 1L << 20;
            case "g", "gb", "gibibytes" -> 1L << 30;
            case "t", "tb", "tebibytes" -> 1L << 40;
            default -> throw new IllegalArgumentException("'" + text + "' is not a memory size: unknown unit '" + unit
                    + "' (use b, k, m, g or t)");
        };
        try {
            return new MemorySize(Math.multiplyExact(value, multiplier));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a memory size: too large", e);
        }
    }

    public long getBytes() {
        return bytes;
    }

    public long getMebiBytes() {
        return bytes >> 20;
    }

    @Override
    public int compareTo(MemorySize other) {
        return Long.compare(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemorySize other && other.bytes == bytes;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bytes);
    }

    /** The size in the largest unit that divides it evenly, e.g. "256 mb". */
    @Override
    public String toString() {
        String[] units = {"bytes", "kb", "mb", "gb", "tb"};
        long value = bytes;
        int unit = 0;
        while (unit < units.length - 1 && value != 0 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return value + " " + units[unit];
    }
}

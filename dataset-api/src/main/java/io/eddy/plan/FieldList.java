package io.eddy.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * An ordered list of flat field positions, as keys and partitionings name fields ("[0, 2]"). Order
 * matters where hashes are compared: a set hashed on [0, 1] is not partitioned like one hashed on
 * [1, 0].
 */
public final class FieldList {

    private static final FieldList EMPTY = new FieldList(new int[0]);
    private final int[] fields;

    private FieldList(int[] fields) {
        this.fields = fields;
    }

    public static FieldList of(int... fields) {
        return fields.length == 0 ? EMPTY : new FieldList(fields.clone());
    }

    public int size() {
        return fields.length;
    }

    public int get(int i) {
        return fields[i];
    }

    public boolean contains(int field) {
        for (int f : fields) {
            if (f == field) {
                return true;
            }
        }
        return false;
    }

    /** Whether every field of this list is in {@code other} (order ignored). */
    public boolean isSubsetOf(FieldList other) {
        for (int f : fields) {
            if (!other.contains(f)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldList other && Arrays.equals(fields, other.fields);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < fields.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(fields[i]);
        }
        return sb.append(']').toString();
    }

    /** Null-safe equality, for optional lists. */
    public static boolean same(FieldList a, FieldList b) {
        return Objects.equals(a, b);
    }
}

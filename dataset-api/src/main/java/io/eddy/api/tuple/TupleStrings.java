package io.eddy.api.tuple;

import java.util.Arrays;

/** Renders tuple fields as Flink does: arrays by their elements, null as "null". */
final class TupleStrings {

    private TupleStrings() {}

    static String toString(Object o) {
        if (o == null) {
            return "null";
        }
        if (!o.getClass().isArray()) {
            return o.toString();
        }
        if (o instanceof int[] a) {
            return Arrays.toString(a);
        } else if (o instanceof long[] a) {
            return Arrays.toString(a);
        } else if (o instanceof double[] a) {
            return Arrays.toString(a);
        } else if (o instanceof float[] a) {
            return Arrays.toString(a);
        } else if (o instanceof short[] a) {
            return Arrays.toString(a);
        } else if (o instanceof byte[] a) {
            return Arrays.toString(a);
        } else if (o instanceof char[] a) {
            return Arrays.toString(a);
        } else if (o instanceof boolean[] a) {
            return Arrays.toString(a);
        }
        return Arrays.deepToString((Object[]) o);
    }
}

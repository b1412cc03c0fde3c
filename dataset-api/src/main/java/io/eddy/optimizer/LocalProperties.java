package io.eddy.optimizer;

import io.eddy.plan.FieldList;
import io.eddy.plan.SemanticProperties;
import java.util.Arrays;

/**
 * The order of the records within each parallel instance of a node's output: the interesting
 * property the optimizer reuses so that data sorted once is not sorted again (a group reduce after a
 * group reduce on the same key, a merge join of two such outputs, a reduce after a sort).
 *
 * <p>An ordering is a list of flat fields, each ascending or descending, compared
 * lexicographically. It survives a function only on the fields the function forwards, and only
 * as a prefix: sorted on [0, 1] through a map that forwards field 0 alone is sorted on [0].
 *
 * @param fields the fields the records are sorted on, or null if their order is unknown
 * @param ascending per field, whether it ascends
 */
public record LocalProperties(FieldList fields, boolean[] ascending) {

    /** Nothing known about the order. */
    public static final LocalProperties NONE = new LocalProperties(null, null);

    public LocalProperties {
        if ((fields == null) != (ascending == null) || (fields != null && fields.size() != ascending.length)) {
            throw new IllegalArgumentException("one direction per field");
        }
        if (fields != null && fields.size() == 0) {
            fields = null;
            ascending = null;
        }
    }

    /** Sorted on {@code fields} (ascending per {@code ascending}), or {@link #NONE} if {@code fields} is null. */
    public static LocalProperties sorted(FieldList fields, boolean[] ascending) {
        return fields == null ? NONE : new LocalProperties(fields, ascending.clone());
    }

    /** Sorted ascending on {@code fields}, or {@link #NONE} if {@code fields} is null. */
    public static LocalProperties ascending(FieldList fields) {
        if (fields == null) {
            return NONE;
        }
        boolean[] asc = new boolean[fields.size()];
        Arrays.fill(asc, true);
        return new LocalProperties(fields, asc);
    }

    public boolean isSorted() {
        return fields != null;
    }

    /**
     * Whether records are sorted as a driver needs them: on {@code required} (in its order and
     * directions) as a prefix of this ordering. A null requirement (a key selector) is never met.
     */
    public boolean satisfies(LocalProperties required) {
        if (fields == null || required == null || required.fields == null || required.fields.size() > fields.size()) {
            return false;
        }
        for (int i = 0; i < required.fields.size(); i++) {
            if (required.fields.get(i) != fields.get(i) || required.ascending[i] != ascending[i]) {
                return false;
            }
        }
        return true;
    }

    /** This ordering followed by {@code then}; unknown if either part is. */
    public LocalProperties then(LocalProperties then) {
        if (fields == null || then.fields == null) {
            return NONE;
        }
        int[] f = new int[fields.size() + then.fields.size()];
        boolean[] a = new boolean[f.length];
        for (int i = 0; i < f.length; i++) {
            boolean mine = i < fields.size();
            f[i] = mine ? fields.get(i) : then.fields.get(i - fields.size());
            a[i] = mine ? ascending[i] : then.ascending[i - fields.size()];
        }
        return new LocalProperties(FieldList.of(f), a);
    }

    /** This ordering after a function that forwards fields of {@code input} as {@code semantics} says. */
    public LocalProperties forward(SemanticProperties semantics, int input) {
        if (fields == null) {
            return NONE;
        }
        int kept = 0;
        int[] moved = new int[fields.size()];
        while (kept < moved.length) {
            int[] targets = semantics.targets(input, fields.get(kept));
            if (targets.length == 0) {
                break;
            }
            moved[kept++] = targets[0];
        }
        return kept == 0 ? NONE : new LocalProperties(FieldList.of(Arrays.copyOf(moved, kept)),
                Arrays.copyOf(ascending, kept));
    }

    /** "[0:ASC, 2:DESC]", as plans show sort orders, or "unsorted". */
    @Override
    public String toString() {
        if (fields == null) {
            return "unsorted";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(fields.get(i)).append(ascending[i] ? ":ASC" : ":DESC");
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalProperties l && FieldList.same(l.fields, fields) && Arrays.equals(l.ascending, ascending);
    }

    @Override
    public int hashCode() {
        return fields == null ? 0 : fields.hashCode() * 31 + Arrays.hashCode(ascending);
    }
}

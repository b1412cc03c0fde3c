package io.eddy.api.operators.translation;

import io.eddy.api.InvalidProgramException;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeutils.TupleTypeInfo;

/** Field checks and comparison shared by minBy and maxBy. */
final class SelectByFields {

    private SelectByFields() {}

    static int[] validate(TupleTypeInfo<?> type, int[] fields, String method) {
        if (fields == null || fields.length == 0) {
            throw new InvalidProgramException(method + " needs at least one field.");
        }
        for (int f : fields) {
            if (f < 0 || f >= type.getArity()) {
                throw new InvalidProgramException(method + ": field " + f + " is out of range for " + type);
            }
            if (!type.getTypeAt(f).isBasicType()) {
                throw new InvalidProgramException(method + " works on basic types only; field " + f + " is "
                        + type.getTypeAt(f));
            }
        }
        return fields.clone();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Tuple a, Tuple b, int[] fields) {
        for (int f : fields) {
            int c = ((Comparable) a.getField(f)).compareTo(b.getField(f));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}

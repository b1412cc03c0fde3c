package io.eddy.api.operators.translation;

import io.eddy.api.InvalidProgramException;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Which fields of one or two inputs make up a projected tuple: the {@code project},
 * {@code projectFirst} and {@code projectSecond} calls of joins, crosses and data sets. A field
 * index of -1 takes the whole (non-tuple) record.
 */
public final class TupleProjection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Integer> inputs = new ArrayList<>();
    private final List<Integer> fields = new ArrayList<>();
    private final List<TypeInformation<?>> types = new ArrayList<>();

    /** Adds fields of input {@code input} (0 or 1); no indexes means the whole record. */
    public void add(int input, TypeInformation<?> inputType, int... fieldIndexes) {
        if (fieldIndexes == null || fieldIndexes.length == 0) {
            addField(input, -1, inputType);
            return;
        }
        if (!inputType.isTupleType()) {
            throw new InvalidProgramException("Projection on fields requires a tuple input; input " + (input + 1)
                    + " is " + inputType + ". Call projectFirst()/projectSecond() without fields to take the whole record.");
        }
        TupleTypeInfo<?> tupleType = (TupleTypeInfo<?>) inputType;
        for (int f : fieldIndexes) {
            if (f < 0 || f >= tupleType.getArity()) {
                throw new IndexOutOfBoundsException("Projection field " + f + " is out of range for " + inputType);
            }
            addField(input, f, tupleType.getTypeAt(f));
        }
    }

    private void addField(int input, int field, TypeInformation<?> type) {
        if (fields.size() >= Tuple.MAX_ARITY) {
            throw new InvalidProgramException("A projection may have at most " + Tuple.MAX_ARITY + " fields.");
        }
        inputs.add(input);
        fields.add(field);
        types.add(type);
    }

    /** Per output field, the input it comes from (0 or 1). */
    public int[] inputs() {
        return inputs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Per output field, its position in its input, or -1 when it is the whole input record. */
    public int[] fields() {
        return fields.stream().mapToInt(Integer::intValue).toArray();
    }

    public int arity() {
        return fields.size();
    }

    /** The type of the projected tuples. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Tuple> TupleTypeInfo<T> resultType() {
        return new TupleTypeInfo(types.toArray(new TypeInformation<?>[0]));
    }

    /** Builds the projected tuple from the two inputs' records (the second may be absent). */
    @SuppressWarnings("unchecked")
    public <T extends Tuple> T project(Object first, Object second) {
        Tuple out = Tuple.newInstance(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            Object source = inputs.get(i) == 0 ? first : second;
            int field = fields.get(i);
            out.setField(field < 0 ? source : ((Tuple) source).getField(field), i);
        }
        return (T) out;
    }
}

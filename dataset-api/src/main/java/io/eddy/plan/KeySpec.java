package io.eddy.plan;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.operators.Keys;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.TypeComparator;
import java.util.Arrays;

/**
 * The key of one input of a logical operation: the API's {@link Keys} over the input's type. Field
 * keys expose their flat field positions, which is what the optimizer reasons about (an input hashed
 * on [0] feeds a join on [0] without a second shuffle); key selectors are opaque to it.
 */
public record KeySpec(Keys<?> keys, TypeInformation<?> type) {

    /** The flat positions of the key fields, or null for a key selector. */
    public FieldList fields() {
        if (!(keys instanceof Keys.ExpressionKeys<?>)) {
            return null;
        }
        return FieldList.of(keys.computeLogicalKeyPositions());
    }

    /** A comparator over this key; {@code ascending} null means all fields ascending. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeComparator<T> createComparator(boolean[] ascending, ExecutionConfig config) {
        return ((Keys) keys).createComparator((TypeInformation) type, ascending, config);
    }

    /** How plans show the key: "[0, 2]" or "[KeySelector]". */
    public String describe() {
        FieldList fields = fields();
        return fields == null ? "[" + keys + "]" : fields.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Whether both keys have the same flat field types in the same order, so their comparators hash alike. */
    public boolean hashCompatible(KeySpec other) {
        return Arrays.equals(keys.getKeyFieldTypes(), other.keys.getKeyFieldTypes());
    }
}

package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.typeinfo.AtomicType;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.BooleanValue;
import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.api.types.StringValue;
import io.eddy.api.types.Value;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;

/** Type information for {@link Value} classes: serialized by their own write/read; key types if Comparable. */
public final class ValueTypeInfo<T extends Value> extends TypeInformation<T> implements AtomicType<T> {

    private static final long serialVersionUID = 1L;

    public static final ValueTypeInfo<IntValue> INT_VALUE_TYPE_INFO = new ValueTypeInfo<>(IntValue.class);
    public static final ValueTypeInfo<LongValue> LONG_VALUE_TYPE_INFO = new ValueTypeInfo<>(LongValue.class);
    public static final ValueTypeInfo<DoubleValue> DOUBLE_VALUE_TYPE_INFO = new ValueTypeInfo<>(DoubleValue.class);
    public static final ValueTypeInfo<BooleanValue> BOOLEAN_VALUE_TYPE_INFO = new ValueTypeInfo<>(BooleanValue.class);
    public static final ValueTypeInfo<StringValue> STRING_VALUE_TYPE_INFO = new ValueTypeInfo<>(StringValue.class);
    public static final ValueTypeInfo<NullValue> NULL_VALUE_TYPE_INFO = new ValueTypeInfo<>(NullValue.class);

    private final Class<T> type;

    public ValueTypeInfo(Class<T> type) {
        if (!Value.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " does not implement " + Value.class.getName());
        }
        this.type = type;
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return Comparable.class.isAssignableFrom(type);
    }

    @Override
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        return new ValueSerializer<>(type);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public TypeComparator<T> createComparator(boolean sortOrderAscending, ExecutionConfig executionConfig) {
        if (!isKeyType()) {
            throw new InvalidProgramException("The value type " + type.getName()
                    + " cannot be used as a key because it does not implement Comparable");
        }
        return new ValueComparator(sortOrderAscending, type);
    }

    @Override
    public String toString() {
        return "ValueType<" + type.getSimpleName() + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ValueTypeInfo && ((ValueTypeInfo<?>) obj).type == type;
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }
}

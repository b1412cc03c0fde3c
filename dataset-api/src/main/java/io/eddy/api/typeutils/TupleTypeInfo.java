package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Type information for {@link Tuple} subclasses: fields {@code f0..fN-1}, none of which may be null. */
public final class TupleTypeInfo<T extends Tuple> extends CompositeType<T> {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<?>[] types;

    private final String[] fieldNames;

    /** Type information for the plain {@code TupleN} class of this arity. */
    @SuppressWarnings("unchecked")
    public TupleTypeInfo(TypeInformation<?>... types) {
        this((Class<T>) Tuple.getTupleClass(types.length), types);
    }

    public TupleTypeInfo(Class<T> tupleType, TypeInformation<?>... types) {
        super(tupleType);
        if (types.length > Tuple.MAX_ARITY) {
            throw new IllegalArgumentException("Tuples have at most " + Tuple.MAX_ARITY + " fields");
        }
        this.types = types.clone();
        this.fieldNames = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                throw new IllegalArgumentException("The type of tuple field f" + i + " is null");
            }
            fieldNames[i] = "f" + i;
        }
    }

    /** Type information for a {@code TupleN} with the given field types. */
    @SuppressWarnings("unchecked")
    public static <X extends Tuple> TupleTypeInfo<X> getBasicTupleTypeInfo(Class<?>... basicTypes) {
        TypeInformation<?>[] infos = new TypeInformation<?>[basicTypes.length];
        for (int i = 0; i < basicTypes.length; i++) {
            infos[i] = TypeExtractor.createTypeInfo(basicTypes[i]);
        }
        return new TupleTypeInfo<>(infos);
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return true;
    }

    @Override
    public int getArity() {
        return types.length;
    }

    @Override
    public String[] getFieldNames() {
        return fieldNames.clone();
    }

    /** Accepts "f3" and, as Flink does, the plain position "3". */
    @Override
    public int getFieldIndex(String fieldName) {
        String name = fieldName.trim();
        String digits = name.startsWith("f") ? name.substring(1) : name;
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int index = Integer.parseInt(digits);
        return index < types.length ? index : -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> TypeInformation<X> getTypeAt(int pos) {
        if (pos < 0 || pos >= types.length) {
            throw new IndexOutOfBoundsException("Tuple field " + pos + " of " + this);
        }
        return (TypeInformation<X>) types[pos];
    }

    @Override
    public Map<String, TypeInformation<?>> getGenericParameters() {
        Map<String, TypeInformation<?>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < types.length; i++) {
            parameters.put("T" + i, types[i]);
        }
        return parameters;
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        TypeSerializer<?>[] fieldSerializers = new TypeSerializer<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            fieldSerializers[i] = types[i].createSerializer(config);
        }
        return new TupleSerializer<>(typeClass, fieldSerializers);
    }

    @Override
    protected TypeComparator<T> createComparator(int[] keyFieldIndices, TypeComparator<?>[] fieldComparators,
            ExecutionConfig config) {
        return new TupleComparator<>(keyFieldIndices, fieldComparators, createSerializer(config));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(typeClass.getSimpleName()).append('<');
        for (int i = 0; i < types.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(types[i]);
        }
        return sb.append('>').toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof TupleTypeInfo)) {
            return false;
        }
        TupleTypeInfo<?> other = (TupleTypeInfo<?>) obj;
        return typeClass == other.typeClass && Arrays.equals(types, other.types);
    }

    @Override
    public int hashCode() {
        return 31 * typeClass.hashCode() + Arrays.hashCode(types);
    }
}

package io.eddy.api.typeinfo;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.runtime.types.TypeSerializer;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;

/**
 * Describes the type of a data set's elements: what it is made of (basic type, tuple, POJO, record,
 * generic class, ...), whether it can serve as a key, and how to serialize it. Every DataSet carries
 * one; the plan uses it to create serializers and comparators.
 *
 * <p>Obtain instances from {@link Types}, {@link #of(Class)}, {@link #of(TypeHint)} or the
 * {@link TypeExtractor}. Instances are immutable values with {@code equals}/{@code hashCode}.
 */
public abstract class TypeInformation<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** True for the basic types (boxed primitives, String, Date, BigInteger, BigDecimal). */
    public abstract boolean isBasicType();

    /** True for tuple types. */
    public abstract boolean isTupleType();

    /** The number of top-level fields (1 for atomic types). */
    public abstract int getArity();

    /** The number of flat (atomic) fields, counting nested composite fields recursively. */
    public abstract int getTotalFields();

    /** The class of the described values. */
    public abstract Class<T> getTypeClass();

    /** The type information of the generic parameters, by parameter name, where known. */
    public Map<String, TypeInformation<?>> getGenericParameters() {
        return Collections.emptyMap();
    }

    /** True if values of this type can be used as grouping / join keys (hash and equality). */
    public boolean isKeyType() {
        return false;
    }

    /** True if values of this type can be used as sort keys. */
    public boolean isSortKeyType() {
        return isKeyType();
    }

    /** Creates a serializer for this type, honouring the config's Kryo settings. */
    public abstract TypeSerializer<T> createSerializer(ExecutionConfig config);

    @Override
    public abstract String toString();

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    /** True if {@code obj} may be compared with this type by {@code equals}. */
    public boolean canEqual(Object obj) {
        return obj != null && obj.getClass() == getClass();
    }

    /** The type information of a class; generic classes need {@link #of(TypeHint)}. */
    public static <T> TypeInformation<T> of(Class<T> typeClass) {
        return TypeExtractor.createTypeInfo(typeClass);
    }

    /** The type information captured by a type hint, e.g. {@code new TypeHint<Tuple2<String, Integer>>(){}}. */
    public static <T> TypeInformation<T> of(TypeHint<T> typeHint) {
        return typeHint.getTypeInfo();
    }
}

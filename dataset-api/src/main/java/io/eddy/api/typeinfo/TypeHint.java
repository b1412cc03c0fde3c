package io.eddy.api.typeinfo;

import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.typeutils.TypeExtractor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Captures a generic type that Java would otherwise erase: {@code new TypeHint<Tuple2<String,
 * Integer>>(){}} is an anonymous subclass whose superclass carries the full type.
 */
public abstract class TypeHint<T> {

    private final TypeInformation<T> typeInfo;

    @SuppressWarnings("unchecked")
    protected TypeHint() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType)) {
            throw new InvalidTypesException("A TypeHint must be created as an anonymous subclass with a type argument, "
                    + "e.g. new TypeHint<Tuple2<String, Integer>>(){}");
        }
        Type captured = ((ParameterizedType) superclass).getActualTypeArguments()[0];
        try {
            this.typeInfo = (TypeInformation<T>) TypeExtractor.createTypeInfo(captured);
        } catch (InvalidTypesException e) {
            throw new InvalidTypesException("Cannot extract type information from the TypeHint " + captured.getTypeName()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The captured type information. */
    public TypeInformation<T> getTypeInfo() {
        return typeInfo;
    }

    @Override
    public int hashCode() {
        return typeInfo.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TypeHint && typeInfo.equals(((TypeHint<?>) obj).typeInfo);
    }

    @Override
    public String toString() {
        return "TypeHint: " + typeInfo;
    }
}

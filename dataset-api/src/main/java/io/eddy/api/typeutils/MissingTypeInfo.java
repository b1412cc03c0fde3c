package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.TypeSerializer;

/**
 * Placeholder for a type that could not be extracted. It carries the function's name and the
 * extraction error, raised only when the type is actually needed, so a later {@code .returns(...)}
 * can still supply it.
 */
public final class MissingTypeInfo extends TypeInformation<Object> {

    private static final long serialVersionUID = 1L;

    private final String functionName;

    private final InvalidTypesException typeException;

    public MissingTypeInfo(String functionName, InvalidTypesException typeException) {
        this.functionName = functionName;
        this.typeException = typeException;
    }

    public MissingTypeInfo(String functionName) {
        this(functionName, new InvalidTypesException("An unknown error occurred while extracting the type of " + functionName));
    }

    public String getFunctionName() {
        return functionName;
    }

    public InvalidTypesException getTypeException() {
        return typeException;
    }

    private InvalidTypesException unusable() {
        return new InvalidTypesException(typeException.getMessage(), typeException);
    }

    @Override
    public boolean isBasicType() {
        throw unusable();
    }

    @Override
    public boolean isTupleType() {
        throw unusable();
    }

    @Override
    public int getArity() {
        throw unusable();
    }

    @Override
    public int getTotalFields() {
        throw unusable();
    }

    @Override
    public Class<Object> getTypeClass() {
        throw unusable();
    }

    @Override
    public boolean isKeyType() {
        throw unusable();
    }

    @Override
    public TypeSerializer<Object> createSerializer(ExecutionConfig config) {
        throw unusable();
    }

    @Override
    public String toString() {
        return "MissingTypeInfo(" + functionName + ")";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MissingTypeInfo && ((MissingTypeInfo) obj).functionName.equals(functionName);
    }

    @Override
    public int hashCode() {
        return functionName.hashCode();
    }
}

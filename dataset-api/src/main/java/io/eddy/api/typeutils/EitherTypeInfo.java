package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.Either;
import io.eddy.runtime.types.TypeSerializer;
import java.util.Objects;

/** Type information for {@link Either}: its left and right types; not a key type. */
public final class EitherTypeInfo<L, R> extends TypeInformation<Either<L, R>> {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<L> leftType;

    private final TypeInformation<R> rightType;

    public EitherTypeInfo(TypeInformation<L> leftType, TypeInformation<R> rightType) {
        this.leftType = Objects.requireNonNull(leftType, "leftType");
        this.rightType = Objects.requireNonNull(rightType, "rightType");
    }

    public TypeInformation<L> getLeftType() {
        return leftType;
    }

    public TypeInformation<R> getRightType() {
        return rightType;
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
    @SuppressWarnings("unchecked")
    public Class<Either<L, R>> getTypeClass() {
        return (Class<Either<L, R>>) (Class<?>) Either.class;
    }

    @Override
    public TypeSerializer<Either<L, R>> createSerializer(ExecutionConfig config) {
        return new EitherSerializer<>(leftType.createSerializer(config), rightType.createSerializer(config));
    }

    @Override
    public String toString() {
        return "Either<" + leftType + ", " + rightType + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EitherTypeInfo<?, ?> other && other.leftType.equals(leftType)
                && other.rightType.equals(rightType);
    }

    @Override
    public int hashCode() {
        return 31 * leftType.hashCode() + rightType.hashCode();
    }
}

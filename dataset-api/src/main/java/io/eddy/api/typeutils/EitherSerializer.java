package io.eddy.api.typeutils;

import io.eddy.api.types.Either;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;

/**
 * Serializes an {@link Either} as a flag byte (0 left, 1 right) and the value. Deserializing into a
 * reused instance of the same side reuses its value too.
 */
public final class EitherSerializer<L, R> extends TypeSerializer<Either<L, R>> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<L> leftSerializer;

    private final TypeSerializer<R> rightSerializer;

    public EitherSerializer(TypeSerializer<L> leftSerializer, TypeSerializer<R> rightSerializer) {
        this.leftSerializer = leftSerializer;
        this.rightSerializer = rightSerializer;
    }

    public TypeSerializer<L> getLeftSerializer() {
        return leftSerializer;
    }

    public TypeSerializer<R> getRightSerializer() {
        return rightSerializer;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public EitherSerializer<L, R> duplicate() {
        TypeSerializer<L> left = leftSerializer.duplicate();
        TypeSerializer<R> right = rightSerializer.duplicate();
        return left == leftSerializer && right == rightSerializer ? this : new EitherSerializer<>(left, right);
    }

    @Override
    public Either<L, R> createInstance() {
        return new Either.Left<>(leftSerializer.createInstance());
    }

    @Override
    public Either<L, R> copy(Either<L, R> from) {
        return from.isLeft() ? new Either.Left<>(leftSerializer.copy(from.left()))
                : new Either.Right<>(rightSerializer.copy(from.right()));
    }

    @Override
    public Either<L, R> copy(Either<L, R> from, Either<L, R> reuse) {
        if (from.isLeft() && reuse != null && reuse.isLeft()) {
            Either.Left<L, R> left = (Either.Left<L, R>) reuse;
            left.setValue(leftSerializer.copy(from.left(), left.getValue()));
            return left;
        }
        if (from.isRight() && reuse != null && reuse.isRight()) {
            Either.Right<L, R> right = (Either.Right<L, R>) reuse;
            right.setValue(rightSerializer.copy(from.right(), right.getValue()));
            return right;
        }
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(Either<L, R> record, DataOutputView target) throws IOException {
        if (record.isLeft()) {
            target.writeByte(0);
            leftSerializer.serialize(record.left(), target);
        } else {
            target.writeByte(1);
            rightSerializer.serialize(record.right(), target);
        }
    }

    @Override
    public Either<L, R> deserialize(DataInputView source) throws IOException {
        return source.readByte() == 0 ? new Either.Left<>(leftSerializer.deserialize(source))
                : new Either.Right<>(rightSerializer.deserialize(source));
    }

    @Override
    public Either<L, R> deserialize(Either<L, R> reuse, DataInputView source) throws IOException {
        if (source.readByte() == 0) {
            if (reuse != null && reuse.isLeft()) {
                Either.Left<L, R> left = (Either.Left<L, R>) reuse;
                left.setValue(leftSerializer.deserialize(left.getValue(), source));
                return left;
            }
            return new Either.Left<>(leftSerializer.deserialize(source));
        }
        if (reuse != null && reuse.isRight()) {
            Either.Right<L, R> right = (Either.Right<L, R>) reuse;
            right.setValue(rightSerializer.deserialize(right.getValue(), source));
            return right;
        }
        return new Either.Right<>(rightSerializer.deserialize(source));
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        byte flag = source.readByte();
        target.writeByte(flag);
        if (flag == 0) {
            leftSerializer.copy(source, target);
        } else {
            rightSerializer.copy(source, target);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EitherSerializer<?, ?> other && other.leftSerializer.equals(leftSerializer)
                && other.rightSerializer.equals(rightSerializer);
    }

    @Override
    public int hashCode() {
        return 31 * leftSerializer.hashCode() + rightSerializer.hashCode();
    }
}

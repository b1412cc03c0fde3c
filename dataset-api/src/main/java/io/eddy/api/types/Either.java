package io.eddy.api.types;

import java.io.Serializable;
import java.util.Objects;

/**
 * A value of one of two types: a {@link Left} or a {@link Right}. Used where one data set carries
 * two kinds of records, as Gelly's vertex-centric iteration does with vertex state and messages.
 *
 * @param <L> the left type
 * @param <R> the right type
 */
public abstract class Either<L, R> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A left value. */
    public static <L, R> Either<L, R> Left(L value) {
        return new Left<>(value);
    }

    /** A right value. */
    public static <L, R> Either<L, R> Right(R value) {
        return new Right<>(value);
    }

    /** The left value; throws {@link IllegalStateException} on a right. */
    public abstract L left() throws IllegalStateException;

    /** The right value; throws {@link IllegalStateException} on a left. */
    public abstract R right() throws IllegalStateException;

    public final boolean isLeft() {
        return getClass() == Left.class;
    }

    public final boolean isRight() {
        return getClass() == Right.class;
    }

    /** The left case; its value may be replaced, so that serializers can reuse it. */
    public static final class Left<L, R> extends Either<L, R> {

        private static final long serialVersionUID = 1L;

        private L value;

        public Left(L value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        public static <L, R> Left<L, R> of(L value) {
            return new Left<>(value);
        }

        public L getValue() {
            return value;
        }

        public void setValue(L value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        @Override
        public L left() {
            return value;
        }

        @Override
        public R right() {
            throw new IllegalStateException("Cannot retrieve the right value of a Left");
        }

        @Override
        public boolean equals(Object object) {
            return object instanceof Left && value.equals(((Left<?, ?>) object).value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return "Left(" + value + ")";
        }
    }

    /** The right case; its value may be replaced, so that serializers can reuse it. */
    public static final class Right<L, R> extends Either<L, R> {

        private static final long serialVersionUID = 1L;

        private R value;

        public Right(R value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        public static <L, R> Right<L, R> of(R value) {
            return new Right<>(value);
        }

        public R getValue() {
            return value;
        }

        public void setValue(R value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        @Override
        public L left() {
            throw new IllegalStateException("Cannot retrieve the left value of a Right");
        }

        @Override
        public R right() {
            return value;
        }

        @Override
        public boolean equals(Object object) {
            return object instanceof Right && value.equals(((Right<?, ?>) object).value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return "Right(" + value + ")";
        }
    }
}

package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.io.Serializable;

/**
 * Turns records of one type into bytes and back, and copies them. A record becomes bytes only when
 * it crosses a task boundary or enters managed memory; serializers are the only code that does it.
 *
 * <p>Serializers travel inside the job graph (hence {@link Serializable}) and may keep per-instance
 * scratch state, so they are not thread-safe: each thread works on its own {@link #duplicate()}.
 * Stateless serializers may return {@code this} from {@code duplicate()}.
 *
 * <p>{@link #deserialize(Object, DataInputView)} may fill and return {@code reuse} (mutable types
 * with object reuse on) or ignore it and return a new object; callers always use the return value.
 */
public abstract class TypeSerializer<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** True if records of this type cannot change after creation, so copies may share them. */
    public abstract boolean isImmutableType();

    /** A serializer for use by another thread; may be {@code this} when the serializer is stateless. */
    public abstract TypeSerializer<T> duplicate();

    /** A new, default-initialized record to deserialize into; may be null for immutable types. */
    public abstract T createInstance();

    /** A deep copy of {@code from} (the same object for immutable types). */
    public abstract T copy(T from);

    /** A deep copy of {@code from}, written into {@code reuse} where the type allows. */
    public abstract T copy(T from, T reuse);

    /** The fixed serialized length in bytes, or -1 for variable-length types. */
    public abstract int getLength();

    public abstract void serialize(T record, DataOutputView target) throws IOException;

    public abstract T deserialize(DataInputView source) throws IOException;

    public abstract T deserialize(T reuse, DataInputView source) throws IOException;

    /** Copies one serialized record from {@code source} to {@code target} without materializing it. */
    public abstract void copy(DataInputView source, DataOutputView target) throws IOException;

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();
}

package io.eddy.api.types;

/** A value that copies itself without a serialization round trip. */
public interface CopyableValue<T> extends Value {

    /** Copies this value's content into {@code target}. */
    void copyTo(T target);

    /** A new value with this value's content. */
    T copy();
}

package io.eddy.api.types;

/** A value whose content can be set from another value of the same type. */
public interface ResettableValue<T extends Value> extends Value {

    void setValue(T value);
}

package io.eddy.runtime.types;

/**
 * Base of stateless serializers that exist once per JVM: {@link #duplicate()} returns {@code this},
 * and two instances are equal when their classes are.
 */
public abstract class TypeSerializerSingleton<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public TypeSerializerSingleton<T> duplicate() {
        return this;
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public T deserialize(T reuse, io.eddy.runtime.memory.DataInputView source) throws java.io.IOException {
        return deserialize(source);
    }

    @Override
    public boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}

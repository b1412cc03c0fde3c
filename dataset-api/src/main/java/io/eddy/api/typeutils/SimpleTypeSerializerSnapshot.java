package io.eddy.api.typeutils;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The snapshot of a serializer without configuration (Flink's class): it restores the serializer from
 * a supplier, and a new serializer is compatible exactly when it is of the same class. User
 * serializers typically return {@code new MySnapshot()} where
 * {@code class MySnapshot extends SimpleTypeSerializerSnapshot<X> { MySnapshot() { super(MySerializer::new); } }}.
 */
public abstract class SimpleTypeSerializerSnapshot<T> implements TypeSerializerSnapshot<T> {

    private static final int CURRENT_VERSION = 3;

    private final Supplier<? extends TypeSerializer<T>> serializerSupplier;

    protected SimpleTypeSerializerSnapshot(Supplier<? extends TypeSerializer<T>> serializerSupplier) {
        this.serializerSupplier = Objects.requireNonNull(serializerSupplier, "serializerSupplier");
    }

    @Override
    public int getCurrentVersion() {
        return CURRENT_VERSION;
    }

    @Override
    public TypeSerializer<T> restoreSerializer() {
        return serializerSupplier.get();
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializer<T> newSerializer) {
        return newSerializer.getClass() == serializerSupplier.get().getClass()
                ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                : TypeSerializerSchemaCompatibility.incompatible();
    }

    /** Nothing to write: the snapshot's class says everything. */
    @Override
    public void writeSnapshot(DataOutputView out) {
    }

    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader classLoader) {
    }

    @Override
    public final boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass();
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getName();
    }
}

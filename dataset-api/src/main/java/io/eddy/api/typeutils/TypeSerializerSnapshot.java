package io.eddy.api.typeutils;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/**
 * A serializer's configuration written next to state, from which a compatible serializer can be
 * restored (Flink's interface). Eddy keeps no state across jobs and never writes snapshots itself;
 * the interface exists so that user serializers compile and their snapshots can be round-tripped
 * with {@link #writeVersionedSnapshot} and {@link #readVersionedSnapshot}.
 */
public interface TypeSerializerSnapshot<T> {

    /** The version written with the snapshot and handed back to {@link #readSnapshot}. */
    int getCurrentVersion();

    void writeSnapshot(DataOutputView out) throws IOException;

    void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader) throws IOException;

    /** A serializer for data written with the snapshotted serializer. */
    TypeSerializer<T> restoreSerializer();

    /** Whether {@code newSerializer} can read data written with the snapshotted serializer. */
    TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializer<T> newSerializer);

    /** Writes the snapshot's class, version and content. */
    static void writeVersionedSnapshot(DataOutputView out, TypeSerializerSnapshot<?> snapshot) throws IOException {
        out.writeUTF(snapshot.getClass().getName());
        out.writeInt(snapshot.getCurrentVersion());
        snapshot.writeSnapshot(out);
    }

    /** Reads a snapshot written by {@link #writeVersionedSnapshot}; its class needs a no-argument constructor. */
    @SuppressWarnings("unchecked")
    static <T> TypeSerializerSnapshot<T> readVersionedSnapshot(DataInputView in, ClassLoader classLoader) throws IOException {
        String className = in.readUTF();
        int version = in.readInt();
        TypeSerializerSnapshot<T> snapshot;
        try {
            snapshot = (TypeSerializerSnapshot<T>) Class.forName(className, true, classLoader).getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IOException("Cannot instantiate the serializer snapshot " + className
                    + "; snapshot classes need a no-argument constructor", e);
        }
        snapshot.readSnapshot(version, in, classLoader);
        return snapshot;
    }
}

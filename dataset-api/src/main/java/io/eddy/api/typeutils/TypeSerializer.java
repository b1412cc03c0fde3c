package io.eddy.api.typeutils;

/**
 * The base of user-written serializers, Flink's {@code org.apache.flink.api.common.typeutils.TypeSerializer}:
 * a user subclasses it, and returns an instance from the {@code createSerializer(ExecutionConfig)} of
 * a {@code TypeInformation} subclass given to {@code .returns(...)} or a source.
 *
 * <p>It extends the runtime's {@link io.eddy.runtime.types.TypeSerializer}, whose abstract methods
 * have Flink's signatures (after {@code port-from-flink.sed} maps {@code org.apache.flink.core.memory}
 * to {@code io.eddy.runtime.memory}), so the runtime calls a user's serializer directly, with no
 * adapter in between; the runtime itself never sees this class. What it adds is Flink's
 * {@link #snapshotConfiguration()}, which Eddy does not call: batch jobs keep no state to restore.
 */
public abstract class TypeSerializer<T> extends io.eddy.runtime.types.TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract TypeSerializer<T> duplicate();

    /**
     * A snapshot of this serializer's configuration, for restoring state written with it in Flink
     * streaming jobs; Eddy only requires it to compile (see {@link SimpleTypeSerializerSnapshot}).
     */
    public abstract TypeSerializerSnapshot<T> snapshotConfiguration();
}

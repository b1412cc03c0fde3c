package io.eddy.exec.testutil;

import io.eddy.api.tuple.Tuple2;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;

/** Small test-only serializers: Long and String (immutable) and a mutable Tuple2&lt;String, Integer&gt;. */
public final class TestSerializers {

    private TestSerializers() {}

    public static final TypeSerializer<Long> LONG = new LongSerializer();
    public static final TypeSerializer<String> STRING = new StringSerializer();
    public static final TypeSerializer<Tuple2<String, Integer>> PAIR = new PairSerializer();

    /** Base of the immutable ones: copies are the same object. */
    private abstract static class ImmutableSerializer<T> extends TypeSerializer<T> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<T> duplicate() {
            return this;
        }

        @Override
        public T createInstance() {
            return null;
        }

        @Override
        public T copy(T from) {
            return from;
        }

        @Override
        public T copy(T from, T reuse) {
            return from;
        }

        @Override
        public T deserialize(T reuse, DataInputView source) throws IOException {
            return deserialize(source);
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) throws IOException {
            serialize(deserialize(source), target);
        }

        @Override
        public boolean equals(Object obj) {
            return obj != null && obj.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }

    static final class LongSerializer extends ImmutableSerializer<Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public int getLength() {
            return 8;
        }

        @Override
        public void serialize(Long record, DataOutputView target) throws IOException {
            target.writeLong(record);
        }

        @Override
        public Long deserialize(DataInputView source) throws IOException {
            return source.readLong();
        }
    }

    static final class StringSerializer extends ImmutableSerializer<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public void serialize(String record, DataOutputView target) throws IOException {
            target.writeUTF(record);
        }

        @Override
        public String deserialize(DataInputView source) throws IOException {
            return source.readUTF();
        }
    }

    /** Mutable records: {@code copy(from, reuse)} overwrites {@code reuse}, as object reuse expects. */
    static final class PairSerializer extends TypeSerializer<Tuple2<String, Integer>> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return false;
        }

        @Override
        public TypeSerializer<Tuple2<String, Integer>> duplicate() {
            return this;
        }

        @Override
        public Tuple2<String, Integer> createInstance() {
            return new Tuple2<>();
        }

        @Override
        public Tuple2<String, Integer> copy(Tuple2<String, Integer> from) {
            return new Tuple2<>(from.f0, from.f1);
        }

        @Override
        public Tuple2<String, Integer> copy(Tuple2<String, Integer> from, Tuple2<String, Integer> reuse) {
            if (reuse == null) {
                return copy(from);
            }
            reuse.f0 = from.f0;
            reuse.f1 = from.f1;
            return reuse;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public void serialize(Tuple2<String, Integer> record, DataOutputView target) throws IOException {
            target.writeUTF(record.f0);
            target.writeInt(record.f1);
        }

        @Override
        public Tuple2<String, Integer> deserialize(DataInputView source) throws IOException {
            return deserialize(new Tuple2<>(), source);
        }

        @Override
        public Tuple2<String, Integer> deserialize(Tuple2<String, Integer> reuse, DataInputView source) throws IOException {
            reuse.f0 = source.readUTF();
            reuse.f1 = source.readInt();
            return reuse;
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) throws IOException {
            target.writeUTF(source.readUTF());
            target.writeInt(source.readInt());
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof PairSerializer;
        }

        @Override
        public int hashCode() {
            return PairSerializer.class.hashCode();
        }
    }
}

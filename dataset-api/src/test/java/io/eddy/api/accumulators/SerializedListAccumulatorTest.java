package io.eddy.api.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SerializedListAccumulatorTest {

    @Test
    void roundTripsMergedValuesInOrder() throws Exception {
        StringSerializer serializer = new StringSerializer();
        SerializedListAccumulator<String> first = new SerializedListAccumulator<>();
        first.add("alpha", serializer);
        first.add("", serializer);
        SerializedListAccumulator<String> second = new SerializedListAccumulator<>();
        second.add("a much longer value than the initial buffer of sixty-four bytes can hold at once", serializer);
        first.merge(second);

        ArrayList<byte[]> bytes = first.getLocalValue();
        assertEquals(3, bytes.size());
        List<String> values = SerializedListAccumulator.deserializeList(bytes, serializer);
        assertEquals(List.of("alpha", "",
                "a much longer value than the initial buffer of sixty-four bytes can hold at once"), values);

        SerializedListAccumulator<String> copy = first.clone();
        first.resetLocal();
        assertEquals(0, first.getLocalValue().size());
        assertEquals(3, copy.getLocalValue().size());
    }

    @Test
    void plainAddIsRejectedAndMismatchedBytesAreReported() {
        SerializedListAccumulator<String> accumulator = new SerializedListAccumulator<>();
        assertThrows(UnsupportedOperationException.class, () -> accumulator.add("x"));
        ArrayList<byte[]> trailingGarbage = new ArrayList<>();
        trailingGarbage.add(new byte[] {0, 0, 0, 1, 0, 'a', 0}); // one char, then a stray byte
        assertThrows(IOException.class,
                () -> SerializedListAccumulator.deserializeList(trailingGarbage, new StringSerializer()));
    }

    /** A length-prefixed UTF-16 string serializer, enough for these tests. */
    private static final class StringSerializer extends TypeSerializer<String> {
        private static final long serialVersionUID = 1L;

        @Override public boolean isImmutableType() { return true; }
        @Override public TypeSerializer<String> duplicate() { return this; }
        @Override public String createInstance() { return ""; }
        @Override public String copy(String from) { return from; }
        @Override public String copy(String from, String reuse) { return from; }
        @Override public int getLength() { return -1; }

        @Override
        public void serialize(String record, DataOutputView target) throws IOException {
            target.writeInt(record.length());
            target.writeChars(record);
        }

        @Override
        public String deserialize(DataInputView source) throws IOException {
            int length = source.readInt();
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = source.readChar();
            }
            return new String(chars);
        }

        @Override
        public String deserialize(String reuse, DataInputView source) throws IOException {
            return deserialize(source);
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) throws IOException {
            serialize(deserialize(source), target);
        }

        @Override public boolean equals(Object obj) { return obj instanceof StringSerializer; }
        @Override public int hashCode() { return 1; }
    }
}

package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.math.BigInteger;

/** Serializes {@link BigInteger} as a length-prefixed two's-complement byte array; null is allowed. */
public final class BigIntegerSerializer extends TypeSerializerSingleton<BigInteger> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final BigIntegerSerializer INSTANCE = new BigIntegerSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public BigInteger createInstance() {
        return BigInteger.ZERO;
    }

    @Override
    public BigInteger copy(BigInteger from) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(BigInteger record, DataOutputView target) throws IOException {
        writeBigInteger(record, target);
    }

    @Override
    public BigInteger deserialize(DataInputView source) throws IOException {
        return readBigInteger(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int lengthPlusOne = StringEncoding.readVarInt(source);
        StringEncoding.writeVarInt(lengthPlusOne, target);
        if (lengthPlusOne > 1) {
            target.write(source, lengthPlusOne - 1);
        }
    }

    static void writeBigInteger(BigInteger value, DataOutputView target) throws IOException {
        if (value == null) {
            target.writeByte(0);
            return;
        }
        byte[] bytes = value.toByteArray();
        StringEncoding.writeVarInt(bytes.length + 1, target);
        target.write(bytes);
    }

    static BigInteger readBigInteger(DataInputView source) throws IOException {
        int length = StringEncoding.readVarInt(source) - 1;
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        source.readFully(bytes);
        return new BigInteger(bytes);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.math.BigDecimal;

/** Serializes {@link BigDecimal} as its unscaled {@link java.math.BigInteger} plus scale; null is allowed. */
public final class BigDecimalSerializer extends TypeSerializerSingleton<BigDecimal> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final BigDecimalSerializer INSTANCE = new BigDecimalSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public BigDecimal createInstance() {
        return BigDecimal.ZERO;
    }

    @Override
    public BigDecimal copy(BigDecimal from) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(BigDecimal record, DataOutputView target) throws IOException {
        if (record == null) {
            BigIntegerSerializer.writeBigInteger(null, target);
            return;
        }
        BigIntegerSerializer.writeBigInteger(record.unscaledValue(), target);
        target.writeInt(record.scale());
    }

    @Override
    public BigDecimal deserialize(DataInputView source) throws IOException {
        java.math.BigInteger unscaled = BigIntegerSerializer.readBigInteger(source);
        return unscaled == null ? null : new BigDecimal(unscaled, source.readInt());
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int lengthPlusOne = StringEncoding.readVarInt(source);
        StringEncoding.writeVarInt(lengthPlusOne, target);
        if (lengthPlusOne > 0) {
            target.write(source, lengthPlusOne - 1 + 4);
        }
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

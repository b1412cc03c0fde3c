package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/** Serializes strings in the compact {@link StringEncoding} format; null is allowed. */
public final class StringSerializer extends TypeSerializerSingleton<String> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final StringSerializer INSTANCE = new StringSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public String createInstance() {
        return "";
    }

    @Override
    public String copy(String from) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(String record, DataOutputView target) throws IOException {
        StringEncoding.writeString(record, target);
    }

    @Override
    public String deserialize(DataInputView source) throws IOException {
        return StringEncoding.readString(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        StringEncoding.copyString(source, target);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

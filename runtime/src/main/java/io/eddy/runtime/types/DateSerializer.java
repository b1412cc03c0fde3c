package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.util.Date;

/** Serializes {@link Date} as its epoch milliseconds; {@link Long#MIN_VALUE} encodes null. */
public final class DateSerializer extends TypeSerializerSingleton<Date> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final DateSerializer INSTANCE = new DateSerializer();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public Date createInstance() {
        return new Date();
    }

    @Override
    public Date copy(Date from) {
        return from == null ? null : new Date(from.getTime());
    }

    @Override
    public Date copy(Date from, Date reuse) {
        if (from == null) {
            return null;
        }
        if (reuse == null) {
            return copy(from);
        }
        reuse.setTime(from.getTime());
        return reuse;
    }

    @Override
    public int getLength() {
        return 8;
    }

    @Override
    public void serialize(Date record, DataOutputView target) throws IOException {
        target.writeLong(record == null ? Long.MIN_VALUE : record.getTime());
    }

    @Override
    public Date deserialize(DataInputView source) throws IOException {
        long time = source.readLong();
        return time == Long.MIN_VALUE ? null : new Date(time);
    }

    @Override
    public Date deserialize(Date reuse, DataInputView source) throws IOException {
        long time = source.readLong();
        if (time == Long.MIN_VALUE) {
            return null;
        }
        if (reuse == null) {
            return new Date(time);
        }
        reuse.setTime(time);
        return reuse;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        target.write(source, 8);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

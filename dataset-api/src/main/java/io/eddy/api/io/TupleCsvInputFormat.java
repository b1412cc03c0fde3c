package io.eddy.api.io;

import io.eddy.api.fs.Path;
import io.eddy.api.io.parser.FieldParser;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeutils.TupleSerializer;
import io.eddy.runtime.types.BooleanSerializer;
import io.eddy.runtime.types.ByteSerializer;
import io.eddy.runtime.types.DoubleSerializer;
import io.eddy.runtime.types.FloatSerializer;
import io.eddy.runtime.types.IntSerializer;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.types.ShortSerializer;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.util.Map;

/**
 * Reads CSV lines into tuples ({@code Tuple1} ... {@code Tuple25}), one tuple field per included
 * column, as Flink's {@code TupleCsvInputFormat}; field types are given as classes.
 */
public class TupleCsvInputFormat<OUT extends Tuple> extends CsvInputFormat<OUT> {

    private static final long serialVersionUID = 1L;

    /** The serializer whose format each parser's serialized values have, by field type. */
    private static final Map<Class<?>, Class<?>> SERIALIZED_AS = Map.of(
            Long.class, LongSerializer.class, Integer.class, IntSerializer.class, Short.class, ShortSerializer.class,
            Byte.class, ByteSerializer.class, Double.class, DoubleSerializer.class, Float.class, FloatSerializer.class,
            Boolean.class, BooleanSerializer.class, String.class, StringSerializer.class);

    private final int arity;

    public TupleCsvInputFormat(Path filePath, Class<?>[] fieldTypes) {
        this(filePath, DEFAULT_LINE_DELIMITER, DEFAULT_FIELD_DELIMITER, fieldTypes, null);
    }

    public TupleCsvInputFormat(Path filePath, Class<?>[] fieldTypes, boolean[] includedFieldsMask) {
        this(filePath, DEFAULT_LINE_DELIMITER, DEFAULT_FIELD_DELIMITER, fieldTypes, includedFieldsMask);
    }

    public TupleCsvInputFormat(Path filePath, String lineDelimiter, String fieldDelimiter, Class<?>[] fieldTypes) {
        this(filePath, lineDelimiter, fieldDelimiter, fieldTypes, null);
    }

    /**
     * @param includedFieldsMask which columns to read (null: all), see {@link #includeFields(boolean...)}
     */
    public TupleCsvInputFormat(Path filePath, String lineDelimiter, String fieldDelimiter,
            Class<?>[] fieldTypes, boolean[] includedFieldsMask) {
        super(filePath);
        if (fieldTypes.length < 1 || fieldTypes.length > Tuple.MAX_ARITY) {
            throw new IllegalArgumentException("A tuple has 1 to " + Tuple.MAX_ARITY + " fields, not " + fieldTypes.length);
        }
        this.arity = fieldTypes.length;
        setDelimiter(lineDelimiter);
        setFieldDelimiter(fieldDelimiter);
        setFieldsGeneric(includedFieldsMask, fieldTypes);
    }

    /**
     * The plain tuple class, whose serializer writes the fields one after the other, each as its own
     * serializer does; only this class itself (a subclass may fill records its own way).
     */
    @Override
    protected boolean readsSerialized(TypeSerializer<OUT> serializer) {
        if (getClass() != TupleCsvInputFormat.class || !(serializer instanceof TupleSerializer<?> tuples)
                || tuples.getTupleClass() != Tuple.getTupleClass(arity) || !parsersWriteSerialized()) {
            return false;
        }
        TypeSerializer<?>[] fields = tuples.getFieldSerializers();
        Class<?>[] types = getFieldTypes();
        for (int i = 0; i < arity; i++) {
            if (fields[i].getClass() != SERIALIZED_AS.get(FieldParser.boxed(types[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected OUT fillRecord(OUT reuse, Object[] values) {
        Tuple tuple = reuse != null ? reuse : Tuple.newInstance(arity);
        for (int i = 0; i < arity; i++) {
            tuple.setField(values[i], i);
        }
        return (OUT) tuple;
    }
}

package io.eddy.api.io;

import io.eddy.api.fs.Path;
import io.eddy.api.tuple.Tuple;

/**
 * Reads CSV lines into tuples ({@code Tuple1} ... {@code Tuple25}), one tuple field per included
 * column, as Flink's {@code TupleCsvInputFormat}; field types are given as classes.
 */
public class TupleCsvInputFormat<OUT extends Tuple> extends CsvInputFormat<OUT> {

    private static final long serialVersionUID = 1L;

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

package io.eddy.api.io;

import java.io.IOException;

/**
 * A malformed CSV line: the message names the file, the line number in the file (from 1), and for
 * field errors the field (its column in the line, counted from 1 like lines, over all columns even
 * those includeFields skips), the field name when known, the expected type and the offending text,
 * e.g. {@code Malformed CSV in file:/data/orders.csv, line 17, field 3 (price): expected Double, found "abc"}.
 */
public class CsvParseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long lineNumber;
    private final int fieldIndex;
    private final String fieldName;
    private final String expectedType;
    private final String offendingText;

    public CsvParseException(String message, String file, long lineNumber, int fieldIndex,
            String fieldName, String expectedType, String offendingText) {
        super(message);
        this.file = file;
        this.lineNumber = lineNumber;
        this.fieldIndex = fieldIndex;
        this.fieldName = fieldName;
        this.expectedType = expectedType;
        this.offendingText = offendingText;
    }

    /** The file, as a qualified path string. */
    public String getFile() {
        return file;
    }

    /** The line in the file, counted from 1. */
    public long getLineNumber() {
        return lineNumber;
    }

    /**
     * The column, from 0 (the message counts from 1), or -1 if the whole line is wrong (e.g. its
     * field count).
     */
    public int getFieldIndex() {
        return fieldIndex;
    }

    /** The POJO field name, or null. */
    public String getFieldName() {
        return fieldName;
    }

    /** The simple name of the expected type, or null. */
    public String getExpectedType() {
        return expectedType;
    }

    /** The field's text, or null. */
    public String getOffendingText() {
        return offendingText;
    }
}

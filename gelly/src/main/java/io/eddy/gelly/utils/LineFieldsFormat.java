package io.eddy.gelly.utils;

import io.eddy.api.fs.Path;
import io.eddy.api.io.CsvParseException;
import io.eddy.api.io.DelimitedInputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The base of Gelly's line-oriented graph input formats (the LDBC Graphalytics files, the edge and
 * vertex lists of {@code eddy graph}): lines of fields, blank lines skipped, a missing final newline
 * and Windows line ends allowed. Fields are parsed straight from the line's bytes rather than with
 * {@code String.split}, because graph files hold billions of numbers. Malformed input fails with a
 * {@link CsvParseException} in the style of the CSV formats, naming file, line (from 1), field (from
 * 1), the field's meaning, the expected type and the text found, e.g.
 * {@code Malformed edge file file:/g.e, line 7, field 2 (target): expected Long, found "x"}.
 * Line numbers are counted only when an error is reported, so the files stay splittable.
 *
 * <p>How fields are separated is the {@code separator}: {@link #WHITESPACE} (runs of spaces or
 * tabs), {@link #AUTO} (each line's first comma, tab or semicolon, else runs of spaces), or one
 * byte. With a one-byte separator spaces around a field are trimmed and an empty field is an
 * error of that field. Subclasses turn a line into a record in {@link #parseLine()} with the
 * {@code next*} methods.
 */
public abstract class LineFieldsFormat<T> extends DelimitedInputFormat<T> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_TEXT_IN_MESSAGE = 40;

    /** Separator: runs of spaces and tabs. */
    public static final int WHITESPACE = -1;
    /** Separator: the line's first comma, tab or semicolon; runs of spaces when it has none. */
    public static final int AUTO = -2;

    /** What the file is, for messages: "vertex file", "edge file", "adjacency list". */
    private final String kind;
    private final int separator;
    private final boolean skipComments;
    private final boolean negativeNumbers;

    private transient byte[] bytes;
    private transient int position;
    private transient int end;
    private transient int fieldIndex;
    /** This line's separator byte, or {@link #WHITESPACE}. */
    private transient int lineSeparator;
    /** A separator was consumed, so another (possibly empty) field follows. */
    private transient boolean fieldPending;

    /**
     * @param kind what the file is, for messages
     * @param separator {@link #WHITESPACE}, {@link #AUTO} or a byte (a space means {@link #WHITESPACE})
     * @param skipComments whether lines starting with {@code #} or {@code %} (SNAP, Matrix Market) are skipped
     * @param negativeNumbers whether integers may have a minus sign (vertex ids in the benchmark's files may not)
     */
    protected LineFieldsFormat(Path path, String kind, int separator, boolean skipComments, boolean negativeNumbers) {
        super(path);
        if (separator != WHITESPACE && separator != AUTO && (separator < 1 || separator > 127 || separator == '\n'
                || separator == '\r')) {
            throw new IllegalArgumentException("the field separator must be one ASCII character other than a line end");
        }
        this.kind = kind;
        this.separator = separator == ' ' ? WHITESPACE : separator;
        this.skipComments = skipComments;
        this.negativeNumbers = negativeNumbers;
    }

    @Override
    public final T readRecord(T reuse, byte[] bytes, int offset, int numBytes) throws IOException {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + stripCarriageReturn(bytes, offset, numBytes);
        this.fieldIndex = 0;
        this.fieldPending = false;
        this.lineSeparator = WHITESPACE;
        skipBlanks();
        if (position >= end || skipComments && (bytes[position] == '#' || bytes[position] == '%')) {
            return null;
        }
        lineSeparator = separator == AUTO ? detectSeparator() : separator;
        return parseLine();
    }

    private int detectSeparator() {
        for (int i = position; i < end; i++) {
            byte b = bytes[i];
            if (b == ',' || b == '\t' || b == ';') {
                return b;
            }
        }
        return WHITESPACE;
    }

    /** Turns the current line, which has at least one field, into a record with the {@code next*} methods. */
    protected abstract T parseLine() throws IOException;

    /** Whether the line has another field. */
    protected final boolean hasMoreFields() {
        return position < end || fieldPending;
    }

    /** The number of fields read so far on this line. */
    protected final int fieldsRead() {
        return fieldIndex;
    }

    /** The next field as a vertex id or other integer; {@code name} says what it means, for errors. */
    protected final long nextLong(String name, String expectedFields) throws IOException {
        int start = fieldStart(name, expectedFields);
        int stop = fieldEnd(start);
        int digits = start;
        boolean negative = negativeNumbers && stop > start && bytes[start] == '-';
        if (negative) {
            digits++;
        }
        long value = 0;
        boolean valid = stop > digits && stop - digits <= 19;
        for (int i = digits; valid && i < stop; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                valid = false;
            } else {
                // accumulate negatively so that Long.MIN_VALUE parses too
                value = value * 10 - digit;
                valid = value <= 0;
            }
        }
        if (valid && !negative) {
            valid = value != Long.MIN_VALUE;
            value = -value;
        }
        if (!valid) {
            throw fieldError(name, "Long", start, stop);
        }
        finishField(stop);
        return value;
    }

    /** The next field as a double (an edge weight). */
    protected final double nextDouble(String name, String expectedFields) throws IOException {
        int start = fieldStart(name, expectedFields);
        int stop = fieldEnd(start);
        double value;
        try {
            value = Double.parseDouble(new String(bytes, start, stop - start, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            throw fieldError(name, "Double", start, stop);
        }
        finishField(stop);
        return value;
    }

    /** The next field as non-empty text (UTF-8), e.g. a vertex name. */
    protected final String nextString(String name, String expectedFields) throws IOException {
        int start = fieldStart(name, expectedFields);
        int stop = fieldEnd(start);
        if (stop == start) {
            throw fieldError(name, "String", start, stop);
        }
        String value = new String(bytes, start, stop - start, StandardCharsets.UTF_8);
        finishField(stop);
        return value;
    }

    /** Fails when the line has fields left over. */
    protected final void expectLineEnd(String expectedFields) throws IOException {
        if (hasMoreFields()) {
            int count = fieldIndex;
            while (hasMoreFields()) {
                fieldPending = false;
                finishField(fieldEnd(position));
                count++;
            }
            throw lineError("expected " + expectedFields + ", found " + count);
        }
    }

    /** Drops the rest of the line (fields a format ignores). */
    protected final void skipRestOfLine() {
        position = end;
        fieldPending = false;
    }

    private int fieldStart(String name, String expectedFields) throws IOException {
        if (!hasMoreFields()) {
            throw lineError("expected " + expectedFields + ", found " + fieldIndex + " (no " + name + ")");
        }
        fieldPending = false;
        return position;
    }

    /** Where the field starting at {@code start} ends, trailing blanks excluded. */
    private int fieldEnd(int start) {
        int i = start;
        if (lineSeparator == WHITESPACE) {
            while (i < end && bytes[i] != ' ' && bytes[i] != '\t') {
                i++;
            }
            return i;
        }
        while (i < end && bytes[i] != lineSeparator) {
            i++;
        }
        int stop = i;
        while (stop > start && isBlank(bytes[stop - 1])) {
            stop--;
        }
        return stop;
    }

    private void finishField(int stop) {
        position = stop;
        fieldIndex++;
        if (lineSeparator == WHITESPACE) {
            skipBlanks();
            return;
        }
        while (position < end && bytes[position] != lineSeparator) {
            position++;
        }
        if (position < end) {
            position++;
            fieldPending = true;
            skipBlanks();
        }
    }

    private void skipBlanks() {
        while (position < end && isBlank(bytes[position])) {
            position++;
        }
    }

    /** Spaces and tabs, except a tab that separates fields. */
    private boolean isBlank(byte b) {
        return b == ' ' || b == '\t' && lineSeparator != '\t';
    }

    private CsvParseException fieldError(String name, String type, int start, int stop) throws IOException {
        String text = new String(bytes, start, Math.min(stop - start, 4 * MAX_TEXT_IN_MESSAGE), StandardCharsets.UTF_8);
        if (text.length() > MAX_TEXT_IN_MESSAGE) {
            text = text.substring(0, MAX_TEXT_IN_MESSAGE) + "...";
        }
        long line = computeRecordNumber(getCurrentRecordOffset());
        String message = header(line) + ", field " + (fieldIndex + 1) + " (" + name + "): expected " + type
                + ", found \"" + text + "\"";
        return new CsvParseException(message, file(), line, fieldIndex, name, type, text);
    }

    private CsvParseException lineError(String problem) throws IOException {
        long line = computeRecordNumber(getCurrentRecordOffset());
        return new CsvParseException(header(line) + ": " + problem, file(), line, -1, null, null, null);
    }

    private String header(long line) {
        return "Malformed " + kind + " " + file() + ", line " + line;
    }

    private String file() {
        return currentSplit.getPath().toString();
    }
}

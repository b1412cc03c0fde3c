package io.eddy.gelly.library.graphalytics;

import io.eddy.api.io.CsvParseException;
import io.eddy.api.io.DelimitedInputFormat;
import io.eddy.api.fs.Path;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The base of the Graphalytics input formats: lines of fields separated by spaces (one space in the
 * benchmark's files; runs of spaces or tabs are accepted too), blank lines skipped, a missing final
 * newline allowed. Fields are parsed straight from the line's bytes, because these files hold
 * billions of numbers in the benchmark's large graphs. Malformed input fails with a
 * {@link CsvParseException} in the style of the CSV formats, naming file, line (from 1), field (from
 * 1), the field's meaning, the expected type and the text found, e.g.
 * {@code Malformed edge file file:/g.e, line 7, field 2 (target): expected Long, found "x"}.
 * Line numbers are counted only when an error is reported, so the files stay splittable.
 */
abstract class GraphalyticsLineFormat<T> extends DelimitedInputFormat<T> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_TEXT_IN_MESSAGE = 40;

    /** What the file is, for messages: "vertex file", "edge file", "adjacency list". */
    private final String kind;

    private transient byte[] bytes;
    private transient int position;
    private transient int end;
    private transient int fieldIndex;

    GraphalyticsLineFormat(Path path, String kind) {
        super(path);
        this.kind = kind;
    }

    @Override
    public final T readRecord(T reuse, byte[] bytes, int offset, int numBytes) throws IOException {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + stripCarriageReturn(bytes, offset, numBytes);
        this.fieldIndex = 0;
        skipSeparators();
        if (position >= end) {
            return null;
        }
        return parseLine();
    }

    /** Turns the current line, which has at least one field, into a record with the {@code next*} methods. */
    abstract T parseLine() throws IOException;

    /** Whether the line has another field. */
    final boolean hasMoreFields() {
        return position < end;
    }

    /** The number of fields read so far on this line. */
    final int fieldsRead() {
        return fieldIndex;
    }

    /** The next field as a vertex id or other integer; {@code name} says what it means, for errors. */
    final long nextLong(String name, String expectedFields) throws IOException {
        int start = fieldStart(name, expectedFields);
        int stop = fieldEnd(start);
        long value = 0;
        boolean valid = stop > start && stop - start <= 19;
        for (int i = start; valid && i < stop; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                valid = false;
            } else {
                value = value * 10 + digit;
                valid = value >= 0;
            }
        }
        if (!valid) {
            throw fieldError(name, "Long", start, stop);
        }
        finishField(stop);
        return value;
    }

    /** The next field as a double (an edge weight). */
    final double nextDouble(String name, String expectedFields) throws IOException {
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

    /** Fails when the line has fields left over. */
    final void expectLineEnd(String expectedFields) throws IOException {
        if (hasMoreFields()) {
            int count = fieldIndex;
            while (hasMoreFields()) {
                finishField(fieldEnd(position));
                count++;
            }
            throw lineError("expected " + expectedFields + ", found " + count);
        }
    }

    private int fieldStart(String name, String expectedFields) throws IOException {
        if (position >= end) {
            throw lineError("expected " + expectedFields + ", found " + fieldIndex + " (no " + name + ")");
        }
        return position;
    }

    private int fieldEnd(int start) {
        int i = start;
        while (i < end && bytes[i] != ' ' && bytes[i] != '\t') {
            i++;
        }
        return i;
    }

    private void finishField(int stop) {
        position = stop;
        fieldIndex++;
        skipSeparators();
    }

    private void skipSeparators() {
        while (position < end && (bytes[position] == ' ' || bytes[position] == '\t')) {
            position++;
        }
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

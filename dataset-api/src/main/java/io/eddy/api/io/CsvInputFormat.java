package io.eddy.api.io;

import io.eddy.api.accumulators.LongCounter;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.Path;
import io.eddy.api.io.parser.FieldParser;
import io.eddy.runtime.memory.ByteArrays;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of the CSV formats, as Flink's {@code GenericCsvInputFormat} + {@code CsvInputFormat}:
 * splits each line into fields and parses the included ones into values, which subclasses put into
 * tuples or POJOs.
 *
 * <p>Settings (Flink's CsvReader names in parentheses where they differ): field delimiter (default
 * {@code ","}), line delimiter (default {@code "\n"}, {@code "\r\n"} is handled), which columns are
 * read ({@link #includeFields}), {@link #setSkipFirstLineAsHeader} (ignoreFirstLine),
 * {@link #setCommentPrefix} (ignoreComments), {@link #setLenient} (ignoreInvalidLines) and
 * {@link #enableQuotedStringParsing} (parseQuotedStrings). A quoted field may contain the field
 * delimiter and escaped quotes, written {@code \"} or {@code ""}; the value is unescaped.
 *
 * <p>Empty lines are skipped. Field count: a line needs at least as many columns as the include mask is long. Without an
 * explicit mask, more columns than field types are an error too, except a single empty trailing
 * column (a line ending with the delimiter); with an explicit mask, trailing columns are ignored as
 * in Flink.
 *
 * <p>Malformed lines throw a {@link CsvParseException} naming file, line, field, expected type and
 * text. The line number is only computed then, by counting line delimiters from the start of the
 * file up to the record, so valid input pays nothing for it. In lenient mode malformed lines are
 * skipped, counted ({@link #getInvalidLineCount()} and, inside a task, the accumulator
 * {@value #INVALID_LINES_ACCUMULATOR}), and the first {@value #MAX_LOGGED_INVALID_LINES} of each
 * subtask are logged at WARN.
 */
public abstract class CsvInputFormat<OUT> extends DelimitedInputFormat<OUT> {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(CsvInputFormat.class);

    public static final String DEFAULT_LINE_DELIMITER = "\n";
    public static final String DEFAULT_FIELD_DELIMITER = ",";

    /** The accumulator that counts skipped invalid lines in lenient mode. */
    public static final String INVALID_LINES_ACCUMULATOR = "csv-invalid-lines";

    /** How many skipped lines each subtask logs. */
    public static final int MAX_LOGGED_INVALID_LINES = 5;

    private static final int MAX_TEXT_IN_MESSAGE = 100;

    private Class<?>[] fieldTypes = new Class<?>[0];
    private boolean[] fieldIncluded;
    private boolean explicitMask;
    private String fieldDelimiter = DEFAULT_FIELD_DELIMITER;
    private String commentPrefix;
    private boolean lenient;
    private boolean skipFirstLine;
    private boolean quotedStringParsing;
    private byte quoteCharacter = '"';

    private transient FieldParser<?>[] parsers;
    private transient Object[] parsedValues;
    private transient byte[] fieldDelimiterBytes;
    private transient byte[] commentPrefixBytes;
    private transient byte[] unescapeBuffer;
    /**
     * For each column, how many columns from it on are skipped in a row, where two or more are and
     * fields cannot be quoted (so that every delimiter ends a field); 0 elsewhere, or null.
     */
    private transient int[] skipRuns;
    private transient long invalidLineCount;
    private transient int loggedInvalidLines;
    private transient LongCounter invalidLineCounter;

    protected CsvInputFormat(Path filePath) {
        super(filePath);
        setDelimiter(DEFAULT_LINE_DELIMITER);
    }

    /** Reads every column, with these types. */
    public void setFieldTypes(Class<?>... types) {
        setFieldsGeneric(null, types);
    }

    /**
     * Reads the columns marked in {@code includedMask} (all if null) with {@code types}, one per
     * included column.
     */
    public void setFieldsGeneric(boolean[] includedMask, Class<?>[] types) {
        for (Class<?> type : types) {
            if (!FieldParser.isSupported(type)) {
                throw new IllegalArgumentException("CSV fields of type " + type.getName() + " are not supported");
            }
        }
        this.fieldTypes = types.clone();
        if (includedMask != null) {
            includeFields(includedMask);
        } else if (!explicitMask) {
            this.fieldIncluded = null;
        }
    }

    /** The types of the included fields, in order. */
    public Class<?>[] getFieldTypes() {
        return fieldTypes.clone();
    }

    /** Reads column i if {@code mask[i]}; later columns are ignored. */
    public void includeFields(boolean... mask) {
        boolean any = false;
        for (boolean b : mask) {
            any |= b;
        }
        if (!any) {
            throw new IllegalArgumentException("The include mask must select at least one field");
        }
        this.fieldIncluded = mask.clone();
        this.explicitMask = true;
    }

    /** The mask as text: {@code '1'}/{@code 'T'} include a column, {@code '0'}/{@code 'F'} skip it. */
    public void includeFields(String mask) {
        boolean[] m = new boolean[mask.length()];
        for (int i = 0; i < m.length; i++) {
            char c = mask.charAt(i);
            if (c == '1' || c == 'T' || c == 't') {
                m[i] = true;
            } else if (c != '0' && c != 'F' && c != 'f') {
                throw new IllegalArgumentException("Invalid character '" + c + "' in the include mask '" + mask + "'");
            }
        }
        includeFields(m);
    }

    /** The mask as bits, lowest bit first: {@code 0b101} reads columns 0 and 2. */
    public void includeFields(long mask) {
        if (mask == 0) {
            throw new IllegalArgumentException("The include mask must select at least one field");
        }
        boolean[] m = new boolean[64 - Long.numberOfLeadingZeros(mask)];
        for (int i = 0; i < m.length; i++) {
            m[i] = (mask & (1L << i)) != 0;
        }
        includeFields(m);
    }

    public void setFieldDelimiter(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            throw new IllegalArgumentException("The field delimiter must not be null or empty");
        }
        this.fieldDelimiter = delimiter;
    }

    public void setFieldDelimiter(char delimiter) {
        setFieldDelimiter(String.valueOf(delimiter));
    }

    public String getFieldDelimiter() {
        return fieldDelimiter;
    }

    /** Lines starting with this prefix are skipped; null for none. */
    public void setCommentPrefix(String commentPrefix) {
        this.commentPrefix = commentPrefix == null || commentPrefix.isEmpty() ? null : commentPrefix;
    }

    public String getCommentPrefix() {
        return commentPrefix;
    }

    /** Skip malformed lines (counting them) instead of failing. */
    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public boolean isLenient() {
        return lenient;
    }

    /** Skip the file's first line. */
    public void setSkipFirstLineAsHeader(boolean skipFirstLine) {
        this.skipFirstLine = skipFirstLine;
    }

    public boolean isSkippingFirstLineAsHeader() {
        return skipFirstLine;
    }

    /** Fields starting with {@code quoteCharacter} are quoted; the quotes are removed. */
    public void enableQuotedStringParsing(char quoteCharacter) {
        if (quoteCharacter > 127) {
            throw new IllegalArgumentException("The quote character must be ASCII");
        }
        this.quotedStringParsing = true;
        this.quoteCharacter = (byte) quoteCharacter;
    }

    /** The number of malformed lines skipped by this instance since it was opened first. */
    public long getInvalidLineCount() {
        return invalidLineCount;
    }

    @Override
    public void configure(Configuration parameters) {
        super.configure(parameters);
        boolean[] mask = includeMask();
        int included = 0;
        for (boolean b : mask) {
            included += b ? 1 : 0;
        }
        if (included != fieldTypes.length) {
            throw new IllegalArgumentException("The include mask selects " + included + " fields but "
                    + fieldTypes.length + " field types are given");
        }
        if (fieldTypes.length == 0) {
            throw new IllegalArgumentException("No CSV fields are configured");
        }
    }

    @Override
    public void openInputFormat() throws IOException {
        super.openInputFormat();
        if (hasRuntimeContext()) {
            invalidLineCounter = getRuntimeContext().getLongCounter(INVALID_LINES_ACCUMULATOR);
        }
    }

    @Override
    public void open(FileInputSplit split) throws IOException {
        super.open(split);
        if (parsers == null) {
            Charset charset = getCharset();
            parsers = new FieldParser<?>[fieldTypes.length];
            for (int i = 0; i < fieldTypes.length; i++) {
                parsers[i] = FieldParser.create(fieldTypes[i], charset);
            }
            parsedValues = new Object[fieldTypes.length];
            fieldDelimiterBytes = fieldDelimiter.getBytes(charset);
            commentPrefixBytes = commentPrefix == null ? null : commentPrefix.getBytes(charset);
            unescapeBuffer = new byte[64];
            fieldIncluded = includeMask();
            skipRuns = skipRuns(fieldIncluded);
        }
        if (skipFirstLine && splitStart == 0) {
            readLine();
        }
    }

    /** Puts the parsed values of one line into a record (into {@code reuse} if not null). */
    protected abstract OUT fillRecord(OUT reuse, Object[] values) throws IOException;

    /** The name of the {@code index}-th included field for messages, or null. */
    protected String getFieldName(int index) {
        return null;
    }

    @Override
    public OUT readRecord(OUT reuse, byte[] bytes, int offset, int numBytes) throws IOException {
        int end = offset + stripCarriageReturn(bytes, offset, numBytes);
        if (end == offset || commentPrefixBytes != null && startsWith(bytes, offset, end, commentPrefixBytes)) {
            return null;
        }
        boolean[] mask = fieldIncluded;
        byte[] delim = fieldDelimiterBytes;
        int pos = offset;
        boolean more = true;
        int field = 0;
        for (int column = 0; column < mask.length; column++) {
            if (!more) {
                return invalidFieldCount(column);
            }
            int run = skipRuns == null ? 0 : skipRuns[column];
            if (run > 0) {
                int last = ByteArrays.indexOfNth(bytes, pos, end, delim[0], run);
                if (last >= 0) {
                    // the run's fields end at its last delimiter: one scan instead of one per field
                    pos = last + 1;
                    column += run - 1;
                    continue;
                }
                // fewer delimiters than skipped fields: field by field, for the exact error
            }
            byte[] content = bytes;
            int contentStart;
            int contentEnd;
            int next;
            if (quotedStringParsing && pos < end && bytes[pos] == quoteCharacter) {
                int close = findClosingQuote(bytes, pos + 1, end);
                if (close < 0) {
                    return invalidField(column, field, bytes, pos, end, "a closing quote");
                }
                next = close + 1;
                if (next < end && !matches(bytes, next, end, delim)) {
                    return invalidField(column, field, bytes, pos, end, "a field delimiter after the closing quote");
                }
                contentStart = pos + 1;
                contentEnd = close;
                if (mask[column]) {
                    int length = unescape(bytes, contentStart, contentEnd);
                    if (length >= 0) {
                        content = unescapeBuffer;
                        contentStart = 0;
                        contentEnd = length;
                    }
                }
            } else {
                next = indexOf(bytes, pos, end, delim);
                contentStart = pos;
                contentEnd = next;
            }
            if (mask[column]) {
                FieldParser<?> parser = parsers[field];
                if (!parser.parseField(content, contentStart, contentEnd)) {
                    return invalidField(column, field, content, contentStart, contentEnd, null);
                }
                parsedValues[field++] = parser.getLastResult();
            }
            if (next < end) {
                pos = next + delim.length;
            } else {
                more = false;
                pos = end;
            }
        }
        if (more && !explicitMask && pos < end) {
            return invalidFieldCount(mask.length + 1 + countDelimiters(bytes, pos, end, delim));
        }
        return fillRecord(reuse, parsedValues);
    }

    /**
     * {@link #readRecord} for lines of plain fields, each included one written by its parser in its
     * serialized form, one after the other: the layout of a tuple. Empty and comment lines, quoted
     * fields, wrong field counts and values that do not parse are left to {@code readRecord}.
     */
    @Override
    protected boolean readRecordSerialized(byte[] bytes, int offset, int numBytes, DataOutputView out) throws IOException {
        int end = offset + stripCarriageReturn(bytes, offset, numBytes);
        if (end == offset || commentPrefixBytes != null && startsWith(bytes, offset, end, commentPrefixBytes)) {
            return false;
        }
        boolean[] mask = fieldIncluded;
        byte[] delim = fieldDelimiterBytes;
        int pos = offset;
        int field = 0;
        for (int column = 0; column < mask.length; column++) {
            // past the end: the line has fewer columns than the mask
            if (pos > end || quotedStringParsing && pos < end && bytes[pos] == quoteCharacter) {
                return false;
            }
            int run = skipRuns == null ? 0 : skipRuns[column];
            if (run > 0) {
                int last = ByteArrays.indexOfNth(bytes, pos, end, delim[0], run);
                if (last < 0) {
                    return false;
                }
                pos = last + 1;
                column += run - 1;
                continue;
            }
            int next = indexOf(bytes, pos, end, delim);
            if (mask[column] && !parsers[field++].parseFieldSerialized(bytes, pos, next, out)) {
                return false;
            }
            pos = next + delim.length;
        }
        // columns left over are an error unless the mask was given explicitly
        return explicitMask || pos >= end;
    }

    /** The {@link #skipRuns} of a mask, or null if fields are skipped one at a time. */
    private int[] skipRuns(boolean[] mask) {
        if (quotedStringParsing || fieldDelimiterBytes.length != 1) {
            return null;
        }
        int[] runs = new int[mask.length];
        boolean any = false;
        for (int column = mask.length - 2; column >= 0; column--) {
            if (!mask[column] && !mask[column + 1]) {
                runs[column] = Math.max(runs[column + 1], 1) + 1;
                any = true;
            }
        }
        return any ? runs : null;
    }

    /** Whether every field's parser writes its values in serialized form (see {@link #readRecordSerialized}). */
    protected final boolean parsersWriteSerialized() {
        Charset charset = getCharset();
        for (Class<?> type : fieldTypes) {
            if (!FieldParser.create(type, charset).writesSerialized()) {
                return false;
            }
        }
        return true;
    }

    /** The index of the quote closing a field whose content starts at {@code from}, or -1. */
    private int findClosingQuote(byte[] bytes, int from, int end) {
        byte quote = quoteCharacter;
        for (int i = from; i < end; i++) {
            byte b = bytes[i];
            if (b == '\\' && i + 1 < end && bytes[i + 1] == quote) {
                i++;
            } else if (b == quote) {
                if (i + 1 < end && bytes[i + 1] == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Copies the content with escaped quotes resolved into {@link #unescapeBuffer}; returns its
     * length, or -1 if the content has no escapes and can be parsed in place.
     */
    private int unescape(byte[] bytes, int start, int end) {
        byte quote = quoteCharacter;
        int firstEscape = -1;
        for (int i = start; i < end - 1; i++) {
            if ((bytes[i] == '\\' || bytes[i] == quote) && bytes[i + 1] == quote) {
                firstEscape = i;
                break;
            }
        }
        if (firstEscape < 0) {
            return -1;
        }
        if (unescapeBuffer.length < end - start) {
            unescapeBuffer = new byte[Math.max(end - start, 2 * unescapeBuffer.length)];
        }
        int length = 0;
        for (int i = start; i < end; i++) {
            if ((bytes[i] == '\\' || bytes[i] == quote) && i + 1 < end && bytes[i + 1] == quote) {
                i++;
            }
            unescapeBuffer[length++] = bytes[i];
        }
        return length;
    }

    private static int indexOf(byte[] bytes, int from, int end, byte[] delim) {
        byte first = delim[0];
        if (delim.length == 1) {
            return ByteArrays.indexOf(bytes, from, end, first);
        }
        for (int i = from; i <= end - delim.length; i++) {
            if (bytes[i] == first && matches(bytes, i, end, delim)) {
                return i;
            }
        }
        return end;
    }

    private static boolean matches(byte[] bytes, int at, int end, byte[] pattern) {
        if (end - at < pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (bytes[at + i] != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int start, int end, byte[] prefix) {
        return matches(bytes, start, end, prefix);
    }

    private static int countDelimiters(byte[] bytes, int from, int end, byte[] delim) {
        int count = 0;
        int i = indexOf(bytes, from, end, delim);
        while (i < end) {
            count++;
            i = indexOf(bytes, i + delim.length, end, delim);
        }
        return count;
    }

    private boolean[] includeMask() {
        if (fieldIncluded != null) {
            return fieldIncluded;
        }
        boolean[] all = new boolean[fieldTypes.length];
        Arrays.fill(all, true);
        return all;
    }

    private OUT invalidFieldCount(int found) throws IOException {
        int expected = fieldIncluded.length;
        String problem = explicitMask
                ? "expected at least " + expected + " fields, found " + found
                : "expected " + expected + " fields, found " + found;
        return invalid(-1, null, null, null, problem);
    }

    private OUT invalidField(int column, int field, byte[] bytes, int start, int end, String expectation)
            throws IOException {
        String text = new String(bytes, start, Math.min(end - start, 4 * MAX_TEXT_IN_MESSAGE), getCharset());
        if (text.length() > MAX_TEXT_IN_MESSAGE) {
            text = text.substring(0, MAX_TEXT_IN_MESSAGE) + "...";
        }
        String type = FieldParser.boxed(fieldTypes[field]).getSimpleName();
        String problem = "expected " + (expectation == null ? type : expectation) + ", found \"" + text + "\"";
        return invalid(column, getFieldName(field), type, text, problem);
    }

    private OUT invalid(int column, String fieldName, String type, String text, String problem) throws IOException {
        if (lenient) {
            invalidLineCount++;
            if (invalidLineCounter == null && hasRuntimeContext()) {
                invalidLineCounter = getRuntimeContext().getLongCounter(INVALID_LINES_ACCUMULATOR);
            }
            if (invalidLineCounter != null) {
                invalidLineCounter.add(1L);
            }
            if (loggedInvalidLines < MAX_LOGGED_INVALID_LINES) {
                loggedInvalidLines++;
                LOG.warn("Skipping invalid line: {}", describe(column, fieldName, problem, computeRecordNumber(getCurrentRecordOffset())));
            }
            return null;
        }
        long line = computeRecordNumber(getCurrentRecordOffset());
        throw new CsvParseException(describe(column, fieldName, problem, line), currentSplit.getPath().toString(),
                line, column, fieldName, type, text);
    }

    private String describe(int column, String fieldName, String problem, long line) {
        StringBuilder sb = new StringBuilder("Malformed CSV in ").append(currentSplit.getPath())
                .append(", line ").append(line);
        if (column >= 0) {
            // counted from 1, like lines; the column in the file, whatever includeFields skips
            sb.append(", field ").append(column + 1);
            if (fieldName != null) {
                sb.append(" (").append(fieldName).append(')');
            }
        }
        return sb.append(": ").append(problem).toString();
    }
}

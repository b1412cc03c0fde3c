package io.eddy.api.io;

import io.eddy.api.fs.Path;
import io.eddy.api.tuple.Tuple;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes tuples as CSV lines, as Flink's {@code CsvOutputFormat}: fields by {@code toString()},
 * separated by the field delimiter (default {@code ","}), each row ended by the record delimiter
 * (default {@code "\n"}). Null fields are written empty if {@link #setAllowNullValues allowed} and
 * fail otherwise. With {@link #setQuoteStrings} String fields are quoted, embedded quotes doubled,
 * so that {@link CsvInputFormat} with quoted-string parsing reads them back unchanged.
 */
public class CsvOutputFormat<T extends Tuple> extends FileOutputFormat<T> {

    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_LINE_DELIMITER = CsvInputFormat.DEFAULT_LINE_DELIMITER;
    public static final String DEFAULT_FIELD_DELIMITER = CsvInputFormat.DEFAULT_FIELD_DELIMITER;

    private final String fieldDelimiter;
    private final String recordDelimiter;
    private boolean allowNullValues = true;
    private boolean quoteStrings;
    private String charsetName = StandardCharsets.UTF_8.name();

    private transient Writer writer;

    public CsvOutputFormat(Path outputPath) {
        this(outputPath, DEFAULT_LINE_DELIMITER, DEFAULT_FIELD_DELIMITER);
    }

    public CsvOutputFormat(Path outputPath, String fieldDelimiter) {
        this(outputPath, DEFAULT_LINE_DELIMITER, fieldDelimiter);
    }

    public CsvOutputFormat(Path outputPath, String recordDelimiter, String fieldDelimiter) {
        super(outputPath);
        if (recordDelimiter == null || fieldDelimiter == null) {
            throw new IllegalArgumentException("Delimiters must not be null");
        }
        this.recordDelimiter = recordDelimiter;
        this.fieldDelimiter = fieldDelimiter;
    }

    /** Whether null fields are written as empty (true, the default) or fail the write. */
    public void setAllowNullValues(boolean allowNullValues) {
        this.allowNullValues = allowNullValues;
    }

    /** Whether String fields are written in double quotes. */
    public void setQuoteStrings(boolean quoteStrings) {
        this.quoteStrings = quoteStrings;
    }

    public void setCharsetName(String charsetName) {
        Charset.forName(charsetName);
        this.charsetName = charsetName;
    }

    @Override
    public void open(int taskNumber, int numTasks) throws IOException {
        super.open(taskNumber, numTasks);
        writer = new OutputStreamWriter(stream, Charset.forName(charsetName));
    }

    @Override
    public void writeRecord(T record) throws IOException {
        int arity = record.getArity();
        for (int i = 0; i < arity; i++) {
            if (i > 0) {
                writer.write(fieldDelimiter);
            }
            Object field = record.getField(i);
            if (field == null) {
                if (!allowNullValues) {
                    throw new IOException("Cannot write tuple with <null> value at position: " + i);
                }
            } else if (quoteStrings && field instanceof String s) {
                writer.write('"');
                writer.write(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(field.toString());
            }
        }
        writer.write(recordDelimiter);
    }

    @Override
    public void close() throws IOException {
        Writer w = writer;
        writer = null;
        if (w != null) {
            w.flush();
        }
        super.close();
    }

    @Override
    public String toString() {
        return "CsvOutputFormat (path: " + getOutputFilePath() + ", delimiter: " + fieldDelimiter + ")";
    }
}

package io.eddy.api.io;

import io.eddy.api.fs.Path;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes each record as one line of text, as Flink's {@code TextOutputFormat}: its
 * {@code toString()}, or the result of a {@link TextFormatter}, followed by {@code '\n'}, encoded
 * with the charset (UTF-8 default).
 */
public class TextOutputFormat<T> extends FileOutputFormat<T> {

    private static final long serialVersionUID = 1L;

    /** Turns a record into its line; used by {@code writeAsFormattedText}. */
    @FunctionalInterface
    public interface TextFormatter<IN> extends Serializable {
        String format(IN value);
    }

    private String charsetName = StandardCharsets.UTF_8.name();
    private final TextFormatter<T> formatter;

    private transient Charset charset;
    private transient byte[] newline;

    public TextOutputFormat(Path outputPath) {
        this(outputPath, (TextFormatter<T>) null);
    }

    public TextOutputFormat(Path outputPath, String charsetName) {
        this(outputPath, (TextFormatter<T>) null);
        setCharsetName(charsetName);
    }

    /** @param formatter the line for a record; null for {@code toString()} */
    public TextOutputFormat(Path outputPath, TextFormatter<T> formatter) {
        super(outputPath);
        this.formatter = formatter;
    }

    public void setCharsetName(String charsetName) {
        Charset.forName(charsetName);
        this.charsetName = charsetName;
        this.charset = null;
    }

    public String getCharsetName() {
        return charsetName;
    }

    @Override
    public void open(int taskNumber, int numTasks) throws IOException {
        super.open(taskNumber, numTasks);
        charset = Charset.forName(charsetName);
        newline = "\n".getBytes(charset);
    }

    @Override
    public void writeRecord(T record) throws IOException {
        String line = formatter != null ? formatter.format(record) : String.valueOf(record);
        stream.write(line.getBytes(charset));
        stream.write(newline);
    }

    @Override
    public String toString() {
        return "TextOutputFormat (" + getOutputFilePath() + ") - " + charsetName;
    }
}

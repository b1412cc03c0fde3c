package io.eddy.api.io;

import io.eddy.api.fs.Path;
import java.io.IOException;

/**
 * Reads text files line by line, as Flink's {@code TextInputFormat}: one String per line, without
 * the line end ({@code \n} or {@code \r\n}), decoded with the format's charset (UTF-8 default).
 * Empty lines are records too.
 */
public class TextInputFormat extends DelimitedInputFormat<String> {

    private static final long serialVersionUID = 1L;

    public TextInputFormat(Path filePath) {
        super(filePath);
    }

    /** Alias of {@link #setCharset(String)}, as in Flink. */
    public void setCharsetName(String charsetName) {
        setCharset(charsetName);
    }

    public String getCharsetName() {
        return getCharset().name();
    }

    @Override
    public String readRecord(String reuse, byte[] bytes, int offset, int numBytes) throws IOException {
        return new String(bytes, offset, stripCarriageReturn(bytes, offset, numBytes), getCharset());
    }

    @Override
    public String toString() {
        return "TextInputFormat (" + java.util.Arrays.toString(getFilePaths()) + ") - " + getCharsetName();
    }
}

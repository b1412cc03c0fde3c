package io.eddy.api.io;

import io.eddy.runtime.memory.ByteArrays;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads files as records separated by a delimiter (default {@code '\n'}), as Flink's
 * {@code DelimitedInputFormat}; subclasses turn each record's bytes into an object.
 *
 * <p>Split boundaries follow Hadoop's {@code LineRecordReader}: a record belongs to the split in
 * which it <em>starts</em>. A record starts at offset 0 or right after a delimiter. So a split that
 * does not start at 0 skips the partial record it begins in (finding the first delimiter that ends
 * at or after its start), and every split reads on past its end to finish its last record. Each
 * record is thus read exactly once, whatever the cut points.
 *
 * <p>The file is read in large chunks ({@link #setBufferSize}); records that span chunks are
 * collected in a growing side buffer, so records longer than the buffer work. A single-byte
 * delimiter is found with a plain byte loop; longer ones with a Knuth-Morris-Pratt matcher, so
 * partial matches are never missed. As in Hadoop, a delimiter that can overlap itself (such as
 * {@code "||"}) is ambiguous inside a run of its characters when a split starts in that run; such
 * delimiters should not occur in runs.
 */
public abstract class DelimitedInputFormat<OT> extends FileInputFormat<OT> implements SerializingInputFormat<OT> {

    private static final long serialVersionUID = 1L;

    /** Default size of the read buffer. */
    public static final int DEFAULT_READ_BUFFER_SIZE = 1024 * 1024;

    private static final byte[] DEFAULT_DELIMITER = {'\n'};

    private byte[] delimiter = DEFAULT_DELIMITER;
    private String delimiterString;
    private String charsetName = StandardCharsets.UTF_8.name();
    private int bufferSize = DEFAULT_READ_BUFFER_SIZE;
    private int lineLengthLimit = Integer.MAX_VALUE;

    private transient byte[] readBuffer;
    private transient int readPos;
    private transient int readLimit;
    /** File offset of {@code readBuffer[0]}. */
    private transient long readBufferOffset;
    private transient byte[] wrapBuffer;
    private transient int[] failure;
    private transient long splitEnd;
    private transient long recordOffset;
    private transient boolean end;
    private transient Charset charset;

    /** Serializes the records the byte path leaves to the object path; set by {@link #openSerialized}. */
    private transient TypeSerializer<OT> serializedAs;

    /** The current record's bytes: {@code currentLength} bytes from {@code currentOffset}. */
    private transient byte[] currentBuffer;
    private transient int currentOffset;
    private transient int currentLength;

    protected DelimitedInputFormat() {}

    protected DelimitedInputFormat(io.eddy.api.fs.Path filePath) {
        super(filePath);
    }

    /** The delimiter, encoded with the format's charset. */
    public void setDelimiter(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            throw new IllegalArgumentException("The delimiter must not be null or empty");
        }
        this.delimiterString = delimiter;
        this.delimiter = delimiter.getBytes(Charset.forName(charsetName));
    }

    public void setDelimiter(char delimiter) {
        setDelimiter(String.valueOf(delimiter));
    }

    public void setDelimiter(byte[] delimiter) {
        if (delimiter == null || delimiter.length == 0) {
            throw new IllegalArgumentException("The delimiter must not be null or empty");
        }
        this.delimiterString = null;
        this.delimiter = delimiter.clone();
    }

    public byte[] getDelimiter() {
        return delimiter.clone();
    }

    /** The charset of the text (and of a delimiter given as a string); UTF-8 by default. */
    public void setCharset(String charsetName) {
        Charset.forName(charsetName);
        this.charsetName = charsetName;
        if (delimiterString != null) {
            this.delimiter = delimiterString.getBytes(Charset.forName(charsetName));
        }
    }

    public Charset getCharset() {
        if (charset == null) {
            charset = Charset.forName(charsetName);
        }
        return charset;
    }

    /** The size of the read buffer in bytes. */
    public void setBufferSize(int bufferSize) {
        if (bufferSize < 2) {
            throw new IllegalArgumentException("The buffer size must be at least 2 bytes");
        }
        this.bufferSize = bufferSize;
    }

    public int getBufferSize() {
        return bufferSize;
    }

    /** Records longer than this fail the read instead of exhausting memory. */
    public void setLineLengthLimit(int lineLengthLimit) {
        if (lineLengthLimit < 1) {
            throw new IllegalArgumentException("The line length limit must be positive");
        }
        this.lineLengthLimit = lineLengthLimit;
    }

    public int getLineLengthLimit() {
        return lineLengthLimit;
    }

    /**
     * Turns one record's bytes into a record, or returns null to skip it (e.g. a comment line).
     *
     * @param reuse an object the result may be written into; may be null
     */
    public abstract OT readRecord(OT reuse, byte[] bytes, int offset, int numBytes) throws IOException;

    @Override
    public void open(FileInputSplit split) throws IOException {
        super.open(split);
        if (readBuffer == null || readBuffer.length != bufferSize) {
            readBuffer = new byte[bufferSize];
        }
        if (wrapBuffer == null) {
            wrapBuffer = new byte[256];
        }
        if (failure == null || failure.length != delimiter.length) {
            failure = failureFunction(delimiter);
        }
        end = false;
        readPos = 0;
        readLimit = 0;
        splitEnd = splitLength == READ_WHOLE_SPLIT_FLAG ? Long.MAX_VALUE : splitStart + splitLength;
        readBufferOffset = splitStart;
        if (splitStart > 0) {
            // A delimiter ending exactly at splitStart means a record starts there: look from
            // splitStart - delimiter.length for the first delimiter end at or after splitStart.
            long searchFrom = Math.max(0, splitStart - delimiter.length);
            seek(searchFrom);
            readBufferOffset = searchFrom;
            if (!skipPastNextDelimiter()) {
                end = true;
            }
        }
    }

    @Override
    public boolean reachedEnd() {
        return end;
    }

    @Override
    public OT nextRecord(OT reuse) throws IOException {
        while (readLine()) {
            OT result = readRecord(reuse, currentBuffer, currentOffset, currentLength);
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    @Override
    public boolean openSerialized(TypeSerializer<OT> serializer) {
        if (!readsSerialized(serializer)) {
            return false;
        }
        serializedAs = serializer;
        return true;
    }

    @Override
    public boolean nextRecordSerialized(DataOutputSerializer out) throws IOException {
        if (serializedAs == null) {
            throw new IllegalStateException("openSerialized was not called or declined");
        }
        int mark = out.length();
        while (readLine()) {
            if (readRecordSerialized(currentBuffer, currentOffset, currentLength, out)) {
                return true;
            }
            // a line the byte path does not take: the object path skips it, reports it or reads it
            out.setPosition(mark);
            OT record = readRecord(null, currentBuffer, currentOffset, currentLength);
            if (record != null) {
                serializedAs.serialize(record, out);
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #readRecordSerialized} writes records exactly as {@code serializer} does (and
     * {@link #readRecord} accepts a null reuse object). False by default.
     */
    protected boolean readsSerialized(TypeSerializer<OT> serializer) {
        return false;
    }

    /**
     * Writes the record in {@code bytes[offset, offset + numBytes)} to {@code out} in its serialized
     * form; false if this line is not one the byte path takes (an error, a comment, a quoted field),
     * and {@link #readRecord} then decides. What was written before a false return is discarded.
     */
    protected boolean readRecordSerialized(byte[] bytes, int offset, int numBytes, DataOutputView out) throws IOException {
        return false;
    }

    /**
     * The file offset at which the current record starts (in the decompressed stream for
     * compressed files).
     */
    protected long getCurrentRecordOffset() {
        return recordOffset;
    }

    /**
     * The number of the record starting at {@code offset}, counted from 1 at the beginning of the
     * file: one plus the delimiters before it (i.e. the line number for newline delimiters). It
     * re-reads the file from its start, so call it for errors only.
     */
    protected long computeRecordNumber(long offset) throws IOException {
        long count = 0;
        int matched = 0;
        byte[] delim = delimiter;
        int[] fail = failureFunction(delim);
        byte[] buf = new byte[64 * 1024];
        long position = 0;
        try (InputStream in = openWholeFile(currentSplit.getPath())) {
            int n;
            while (position < offset && (n = in.read(buf)) != -1) {
                int limit = (int) Math.min(n, offset - position);
                for (int i = 0; i < limit; i++) {
                    byte c = buf[i];
                    while (matched > 0 && c != delim[matched]) {
                        matched = fail[matched - 1];
                    }
                    if (c == delim[matched] && ++matched == delim.length) {
                        count++;
                        matched = 0;
                    }
                }
                position += n;
            }
        }
        return count + 1;
    }

    /**
     * Removes a trailing {@code '\r'} when the delimiter is {@code '\n'}, so files with Windows
     * line ends read like Unix ones; returns the adjusted length.
     */
    protected final int stripCarriageReturn(byte[] bytes, int offset, int numBytes) {
        if (numBytes > 0 && delimiter.length == 1 && delimiter[0] == '\n' && bytes[offset + numBytes - 1] == '\r') {
            return numBytes - 1;
        }
        return numBytes;
    }

    /**
     * Advances to the next record of the split and exposes its bytes; false at the end of the
     * split. Subclasses may call it to drop a record (e.g. a header line).
     */
    protected final boolean readLine() throws IOException {
        if (end) {
            return false;
        }
        long start = readBufferOffset + readPos;
        if (start >= splitEnd) {
            end = true;
            return false;
        }
        recordOffset = start;
        byte[] delim = delimiter;
        int delimLength = delim.length;
        int recordStart = readPos;
        int wrapLength = 0;
        int matched = 0;
        while (true) {
            if (readPos >= readLimit) {
                wrapLength = appendToWrap(wrapLength, recordStart, readLimit);
                if (!fillBuffer()) {
                    end = true;
                    if (wrapLength > 0) {
                        setCurrent(wrapBuffer, 0, wrapLength);
                        return true;
                    }
                    return false;
                }
                recordStart = 0;
            }
            byte[] buf = readBuffer;
            int limit = readLimit;
            int i = readPos;
            if (delimLength == 1) {
                i = ByteArrays.indexOf(buf, i, limit, delim[0]);
                if (i < limit) {
                    readPos = i + 1;
                    if (wrapLength == 0) {
                        setCurrent(buf, recordStart, i - recordStart);
                    } else {
                        wrapLength = appendToWrap(wrapLength, recordStart, i);
                        setCurrent(wrapBuffer, 0, wrapLength);
                    }
                    return true;
                }
            } else {
                int[] fail = failure;
                while (i < limit) {
                    byte c = buf[i++];
                    while (matched > 0 && c != delim[matched]) {
                        matched = fail[matched - 1];
                    }
                    if (c == delim[matched] && ++matched == delimLength) {
                        readPos = i;
                        if (wrapLength == 0) {
                            setCurrent(buf, recordStart, i - delimLength - recordStart);
                        } else {
                            wrapLength = appendToWrap(wrapLength, recordStart, i);
                            setCurrent(wrapBuffer, 0, wrapLength - delimLength);
                        }
                        return true;
                    }
                }
            }
            readPos = limit;
        }
    }

    /** Consumes bytes up to and including the next delimiter; false if the file ends first. */
    private boolean skipPastNextDelimiter() throws IOException {
        byte[] delim = delimiter;
        int matched = 0;
        while (true) {
            if (readPos >= readLimit && !fillBuffer()) {
                return false;
            }
            byte[] buf = readBuffer;
            int limit = readLimit;
            for (int i = readPos; i < limit; i++) {
                byte c = buf[i];
                while (matched > 0 && c != delim[matched]) {
                    matched = failure[matched - 1];
                }
                if (c == delim[matched] && ++matched == delim.length) {
                    readPos = i + 1;
                    return true;
                }
            }
            readPos = limit;
        }
    }

    private boolean fillBuffer() throws IOException {
        readBufferOffset += readLimit;
        readPos = 0;
        readLimit = 0;
        int n;
        do {
            n = stream.read(readBuffer, 0, readBuffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        readLimit = n;
        return true;
    }

    private int appendToWrap(int wrapLength, int from, int to) throws IOException {
        int count = to - from;
        if (count <= 0) {
            return wrapLength;
        }
        int needed = wrapLength + count;
        if (needed > lineLengthLimit) {
            throw new IOException("A record in " + currentSplit.getPath() + " at offset " + recordOffset
                    + " is longer than the limit of " + lineLengthLimit + " bytes");
        }
        if (needed > wrapBuffer.length) {
            wrapBuffer = Arrays.copyOf(wrapBuffer, Math.max(needed, (int) Math.min(Integer.MAX_VALUE - 8, 2L * wrapBuffer.length)));
        }
        System.arraycopy(readBuffer, from, wrapBuffer, wrapLength, count);
        return needed;
    }

    private void setCurrent(byte[] buffer, int offset, int length) throws IOException {
        if (length > lineLengthLimit) {
            throw new IOException("A record in " + currentSplit.getPath() + " at offset " + recordOffset
                    + " is longer than the limit of " + lineLengthLimit + " bytes");
        }
        currentBuffer = buffer;
        currentOffset = offset;
        currentLength = length;
    }

    /** KMP failure function: entry k is the length of the longest proper border of delim[0..k]. */
    private static int[] failureFunction(byte[] delim) {
        int[] fail = new int[delim.length];
        int k = 0;
        for (int i = 1; i < delim.length; i++) {
            while (k > 0 && delim[i] != delim[k]) {
                k = fail[k - 1];
            }
            if (delim[i] == delim[k]) {
                k++;
            }
            fail[i] = k;
        }
        return fail;
    }
}

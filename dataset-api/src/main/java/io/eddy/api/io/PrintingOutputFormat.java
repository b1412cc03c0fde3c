package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;
import java.io.PrintStream;

/**
 * Prints each record's {@code toString()} on standard out or standard error, as Flink's
 * {@code PrintingOutputFormat} behind {@code print()}/{@code printToErr()}. With parallelism above
 * 1 each line is prefixed with the subtask number from 1 ({@code "2> "}), and with a sink
 * identifier by that ({@code "id:2> "}, or {@code "id> "} at parallelism 1). Printing is this
 * format's purpose, hence the direct use of {@code System.out}.
 */
public class PrintingOutputFormat<T> extends RichOutputFormat<T> {

    private static final long serialVersionUID = 1L;

    private final String sinkIdentifier;
    private final boolean stdErr;

    private transient PrintStream stream;
    private transient String prefix;

    /** Prints to standard out without identifier. */
    public PrintingOutputFormat() {
        this(null, false);
    }

    public PrintingOutputFormat(boolean stdErr) {
        this(null, stdErr);
    }

    public PrintingOutputFormat(String sinkIdentifier, boolean stdErr) {
        this.sinkIdentifier = sinkIdentifier;
        this.stdErr = stdErr;
    }

    @Override
    public void configure(Configuration parameters) {}

    @Override
    public void open(int taskNumber, int numTasks) {
        stream = stdErr ? System.err : System.out;
        if (sinkIdentifier != null) {
            prefix = numTasks > 1 ? sinkIdentifier + ":" + (taskNumber + 1) + "> " : sinkIdentifier + "> ";
        } else {
            prefix = numTasks > 1 ? (taskNumber + 1) + "> " : "";
        }
    }

    @Override
    public void writeRecord(T record) {
        stream.println(prefix.isEmpty() ? String.valueOf(record) : prefix + record);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.flush();
        }
        stream = null;
    }

    @Override
    public String toString() {
        return "Print to " + (stdErr ? "System.err" : "System.out");
    }
}

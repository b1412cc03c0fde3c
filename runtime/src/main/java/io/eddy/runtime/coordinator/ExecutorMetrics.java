package io.eddy.runtime.coordinator;

import java.io.Serializable;

/** What one TaskExecutor's subtasks of a job attempt have done so far. */
public record ExecutorMetrics(int running, int finished, long recordsRead, long bytesRead, long recordsReceived,
                              long bytesReceived) implements Serializable {

    public static final ExecutorMetrics NONE = new ExecutorMetrics(0, 0, 0, 0, 0, 0);

    public ExecutorMetrics plus(ExecutorMetrics other) {
        return new ExecutorMetrics(running + other.running, finished + other.finished, recordsRead + other.recordsRead,
                bytesRead + other.bytesRead, recordsReceived + other.recordsReceived, bytesReceived + other.bytesReceived);
    }
}

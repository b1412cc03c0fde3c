package io.eddy.runtime.coordinator;

import java.util.Map;

/**
 * How one subtask ended.
 *
 * @param vertex the subtask's vertex
 * @param subtask the subtask's index
 * @param failure null on success, else what ended it (a cancellation included)
 * @param accumulators the subtask's accumulators by name
 */
public record TaskOutcome(int vertex, int subtask, Throwable failure, Map<String, Object> accumulators) {

    public TaskOutcome {
        accumulators = Map.copyOf(accumulators);
    }
}

package io.eddy.runtime.executor;

import java.util.List;

/**
 * A snapshot of a running job, for progress lines: how many tasks run and have ended, what the
 * sources read and the exchanges carried, and where each loop is.
 *
 * @param elapsedMillis time since the job started
 * @param tasks all subtasks of the job
 * @param running subtasks running now
 * @param finished subtasks that have ended
 * @param recordsRead records read by the sources
 * @param bytesRead bytes of input read by the sources (file splits finished; 0 for other sources)
 * @param recordsReceived records received by tasks over exchanges
 * @param bytesReceived bytes received by tasks over exchanges
 * @param loops the job's iterations and their current supersteps
 */
public record JobProgress(long elapsedMillis, int tasks, int running, int finished, long recordsRead, long bytesRead,
                          long recordsReceived, long bytesReceived, List<Loop> loops) {

    /**
     * One iteration's position.
     *
     * @param name the iteration's name
     * @param superstep the superstep running now (or the last one, once the loop has ended)
     * @param maxSupersteps the iteration's maximum
     */
    public record Loop(String name, int superstep, int maxSupersteps) {
    }
}

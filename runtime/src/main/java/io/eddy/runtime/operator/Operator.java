package io.eddy.runtime.operator;

/**
 * The one interface of everything that runs inside a task: a push-based operator over finite
 * streams. Drivers in the DataSet layer adapt user functions to it; chaining means one operator's
 * {@link Output} is the next one's {@link #processRecord}.
 *
 * <h2>Lifecycle</h2>
 * All methods are called by the task's single thread, in this order:
 * <ol>
 *   <li>{@link #open} once, before any record. The operator takes its serializers, comparators and
 *       memory grant from the context and keeps the output.</li>
 *   <li>{@link #processRecord} for every record of every input, inputs interleaved in whatever
 *       order records arrive, unless the operator selects its input (see below).</li>
 *   <li>{@link #endInput} once per input, when that input's finite stream has ended. An operator
 *       that buffers (sort, hash, group) emits its results here, typically after its last input
 *       ended.</li>
 *   <li>{@link #close} exactly once, after success, failure or cancellation, even if {@code open}
 *       failed halfway. It releases memory, deletes spill files and closes user functions; it must
 *       not emit.</li>
 * </ol>
 *
 * <h2>Input selection</h2>
 * An operator that needs one input before another (a hash join's build side, a broadcast set) has
 * two ways to get it:
 * <ul>
 *   <li>{@link #nextInput()}, a preference: the task reads that input while it has data but never
 *       waits for it, so records of other inputs may still arrive and the operator must buffer them
 *       itself (spilling if they do not fit). Always safe.</li>
 *   <li>{@link #requiredInput()}, a demand: while it names an input whose stream has not ended, the
 *       task reads only that input's channels and waits for them even if other inputs have data.
 *       The operator then receives no record of another input until the required one ended (or it
 *       names another one). This is only safe if the plan guarantees the required input can end while
 *       the others are not read: a stalled input stalls its producer, and if that producer (or one
 *       upstream of it) also feeds the required input, the job deadlocks. The optimizer knows which
 *       operators require an input and makes the exchanges that could close such a cycle
 *       {@link io.eddy.runtime.jobgraph.ExchangeMode#BLOCKING}; an operator returns a required
 *       input only when it runs in a plan made that way.</li>
 * </ul>
 * The task asks {@code requiredInput()} after opening, after every buffer of records it delivered and
 * after every {@link #endInput}; it asks {@code nextInput()} when no input is required. A required
 * input that has ended, does not exist or is not read from the network is ignored.
 *
 * <p>Only a task's network-input operator (the one operator that every incoming edge of the vertex
 * feeds) can have an input required: an operator chained behind another receives records whenever
 * its predecessor emits them and cannot make it wait, so a compiler never chains an operator that
 * requires an input (the DataSet compiler chains only single-input operators). An operator whose
 * requirement cannot be honoured (chained, or one of several operators fed by the network) and
 * that receives a record on one input while requiring another, still open one fails the task,
 * instead of seeing records in an order it ruled out.
 *
 * <h2>Blocking and cancellation</h2>
 * Emitting through the output may block while a downstream buffer pool is exhausted: that is
 * backpressure. Long loops (a sort, a hash table build, a source) check
 * {@link OperatorContext#isCancelled()} and return early; cancellation also interrupts the task
 * thread, so blocking calls throw and the task then calls {@code close()}.
 *
 * <h2>Records</h2>
 * Records are objects inside a chain. An operator may hold on to a received record only if object
 * reuse is off ({@link OperatorContext#isObjectReuseEnabled()}); with it on, the caller may
 * overwrite the object after {@code processRecord} returns, so the operator copies what it keeps.
 *
 * @param <OUT> the type of the records the operator emits
 */
public interface Operator<OUT> {

    void open(OperatorContext context, Output<OUT> output) throws Exception;

    /**
     * The input the operator would rather receive next, or {@link InputSelection#ANY}; a preference
     * the task never waits for, see the class docs.
     */
    default int nextInput() {
        return InputSelection.ANY;
    }

    /**
     * The input that must be read to its end before any other, or {@link InputSelection#ANY}. While
     * this names an input that has not ended, the task delivers records of that input only, waiting
     * for them if necessary; see the class docs for when that is safe. Called by the task thread
     * after open, after every delivered buffer and after every {@link #endInput}, so it should be
     * cheap (a field read).
     */
    default int requiredInput() {
        return InputSelection.ANY;
    }

    void processRecord(int input, Object record) throws Exception;

    void endInput(int input) throws Exception;

    void close() throws Exception;

    /** Holder of the {@link #nextInput()} and {@link #requiredInput()} constant for "any input". */
    final class InputSelection {
        public static final int ANY = -1;

        private InputSelection() {}
    }
}

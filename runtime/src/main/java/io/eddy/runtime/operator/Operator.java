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
 *       order records arrive. An operator that needs one input before another (a hash join's build
 *       side, a broadcast set) buffers the other itself: the task never stalls an input, because an
 *       unread input can stall the producer that feeds this task's other input and deadlock the job.
 *       {@link #nextInput()} is only a preference the task honours while that input has data.</li>
 *   <li>{@link #endInput} once per input, when that input's finite stream has ended. An operator
 *       that buffers (sort, hash, group) emits its results here, typically after its last input
 *       ended.</li>
 *   <li>{@link #close} exactly once, after success, failure or cancellation, even if {@code open}
 *       failed halfway. It releases memory, deletes spill files and closes user functions; it must
 *       not emit.</li>
 * </ol>
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

    /** The input the operator would rather receive next; a preference, see the class docs. */
    default int nextInput() {
        return InputSelection.ANY;
    }

    void processRecord(int input, Object record) throws Exception;

    void endInput(int input) throws Exception;

    void close() throws Exception;

    /** Holder of the {@link #nextInput()} constant for "no preference". */
    final class InputSelection {
        public static final int ANY = -1;

        private InputSelection() {}
    }
}

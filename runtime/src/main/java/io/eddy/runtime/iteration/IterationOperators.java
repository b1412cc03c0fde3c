package io.eddy.runtime.iteration;

import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;

/**
 * The operators that open and close a loop; they know no user function. The head is operator 0 of
 * a loop's head vertex and forwards what its one input delivers: the initial data in superstep 1,
 * the fed-back records after that (the task feeds them in); in a delta iteration it first waits
 * until its slot's solution set is built. The tail ends the tail vertex's chain and writes every
 * record into the feedback channel. The criterion sink ends the termination criterion's chain and
 * only counts: a superstep in which it sees no record ends the loop. A delta iteration adds the
 * solution set's head, which builds its slot's index from the initial solution set once, in
 * managed memory, and the delta sink, which stages the solution set delta.
 */
public final class IterationOperators {

    private IterationOperators() {}

    /** Creates a loop head. */
    public record HeadFactory<T>() implements OperatorFactory<T> {
        @Override
        public Operator<T> create() {
            return new Head<>();
        }
    }

    /** Creates a loop tail. */
    public record TailFactory() implements OperatorFactory<Void> {
        @Override
        public Operator<Void> create() {
            return new Tail();
        }
    }

    /** Creates the counting sink of a termination criterion. */
    public record CriterionFactory() implements OperatorFactory<Void> {
        @Override
        public Operator<Void> create() {
            return new Criterion();
        }
    }

    /** Creates the head of a delta iteration's solution set. */
    public record SolutionSetHeadFactory() implements OperatorFactory<Void> {
        @Override
        public Operator<Void> create() {
            return new SolutionSetHead();
        }

        @Override
        public int managedMemoryWeight() {
            return 1;
        }
    }

    /** Creates the sink of a delta iteration's solution set delta. */
    public record SolutionSetDeltaFactory() implements OperatorFactory<Void> {
        @Override
        public Operator<Void> create() {
            return new SolutionSetDelta();
        }
    }

    private static final class Head<T> implements Operator<T> {
        private Output<T> output;
        /**
         * A loop resumed from a checkpoint: the initial data arriving in the attempt's first superstep
         * is dropped and the checkpoint's fed-back records go out in its place.
         */
        private IterationCheckpoint.ResumePoint resume;

        @Override
        public void open(OperatorContext context, Output<T> out) throws InterruptedException {
            IterationContext iteration = context.getIteration();
            if (iteration == null) {
                throw new IllegalStateException("an iteration head runs outside a loop: " + context.getOperatorName());
            }
            this.output = out;
            this.resume = iteration.resume();
            if (iteration.hasSolutionSet()) {
                // the first workset record may already look up the solution set
                iteration.solutionSet().awaitBuilt();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void processRecord(int input, Object record) throws Exception {
            if (resume == null) {
                output.collect((T) record);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void endInput(int input) throws Exception {
            if (resume != null) {
                IterationCheckpoint.ResumePoint from = resume;
                resume = null;
                IterationCheckpoint.read(from.feedbackFile(), from.feedbackSerializer(), record -> output.collect((T) record));
            }
        }

        @Override
        public void close() {
        }
    }

    private static final class Tail implements Operator<Void> {
        private IterationContext iteration;
        private FeedbackChannel feedback;

        @Override
        public void open(OperatorContext context, Output<Void> out) {
            iteration = context.getIteration();
            if (iteration == null) {
                throw new IllegalStateException("an iteration tail runs outside a loop: " + context.getOperatorName());
            }
            feedback = iteration.feedback();
        }

        @Override
        public void processRecord(int input, Object record) throws Exception {
            feedback.add(record);
            iteration.recordFedBack();
        }

        @Override
        public void endInput(int input) {
        }

        @Override
        public void close() {
        }
    }

    private static final class Criterion implements Operator<Void> {
        private IterationContext iteration;

        @Override
        public void open(OperatorContext context, Output<Void> out) {
            iteration = context.getIteration();
            if (iteration == null) {
                throw new IllegalStateException("a termination criterion runs outside a loop: " + context.getOperatorName());
            }
        }

        @Override
        public void processRecord(int input, Object record) {
            iteration.criterionRecord();
        }

        @Override
        public void endInput(int input) {
        }

        @Override
        public void close() {
        }
    }

    private static final class SolutionSetHead implements Operator<Void>, io.eddy.runtime.operator.SuperstepAware {
        private OperatorContext context;
        private SolutionSet solutionSet;
        private boolean resumed;

        @Override
        public void open(OperatorContext operatorContext, Output<Void> out) throws Exception {
            context = operatorContext;
            IterationContext iteration = context.getIteration();
            if (iteration == null) {
                throw new IllegalStateException("a solution set runs outside a loop: " + context.getOperatorName());
            }
            solutionSet = iteration.solutionSet();
            int pages = context.getManagedMemoryPages();
            if (!solutionSet.isUnmanaged() && pages < io.eddy.runtime.hash.InPlaceMutableHashTable.MIN_PAGES) {
                throw new io.eddy.runtime.memory.MemoryAllocationException("The solution set of '"
                        + context.getOperatorName() + "' needs at least " + io.eddy.runtime.hash.InPlaceMutableHashTable.MIN_PAGES
                        + " pages of managed memory but its share is " + pages + " pages");
            }
            solutionSet.open(solutionSet.isUnmanaged() ? java.util.List.of() : context.allocateManagedMemory(pages));
            IterationCheckpoint.ResumePoint resume = iteration.resume();
            if (resume != null) {
                // the initial solution set still arrives, and is dropped: the checkpoint's replaces it
                resumed = true;
                IterationCheckpoint.read(resume.solutionSetFile(), resume.solutionSetSerializer(), solutionSet::insertOrReplace);
            }
        }

        @Override
        public void processRecord(int input, Object record) throws Exception {
            if (!resumed) {
                solutionSet.insertOrReplace(record);
            }
        }

        @Override
        public void endInput(int input) {
            solutionSet.markBuilt();
        }

        @Override
        public void startSuperstep(int superstep) {
        }

        /** The index holds the initial solution set from the first superstep on. */
        @Override
        public boolean keepsInput(int input) {
            return true;
        }

        @Override
        public void close() {
            if (solutionSet != null) {
                context.releaseManagedMemory(solutionSet.close());
                solutionSet = null;
            }
        }
    }

    private static final class SolutionSetDelta implements Operator<Void> {
        private SolutionSet solutionSet;

        @Override
        public void open(OperatorContext context, Output<Void> out) {
            IterationContext iteration = context.getIteration();
            if (iteration == null) {
                throw new IllegalStateException("a solution set delta runs outside a loop: " + context.getOperatorName());
            }
            solutionSet = iteration.solutionSet();
        }

        @Override
        public void processRecord(int input, Object record) throws Exception {
            solutionSet.addPending(record);
        }

        @Override
        public void endInput(int input) {
        }

        @Override
        public void close() {
        }
    }
}

package io.eddy.runtime.iteration;

import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;

/**
 * The operators that open and close a loop; they know no user function. The head is operator 0 of
 * a loop's head vertex and forwards what its one input delivers: the initial data in superstep 1,
 * the fed-back records after that (the task feeds them in). The tail ends the tail vertex's chain
 * and writes every record into the feedback channel. The criterion sink ends the termination
 * criterion's chain and only counts: a superstep in which it sees no record ends the loop.
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

    private static final class Head<T> implements Operator<T> {
        private Output<T> output;

        @Override
        public void open(OperatorContext context, Output<T> out) {
            if (context.getIteration() == null) {
                throw new IllegalStateException("an iteration head runs outside a loop: " + context.getOperatorName());
            }
            this.output = out;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void processRecord(int input, Object record) throws Exception {
            output.collect((T) record);
        }

        @Override
        public void endInput(int input) {
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
}

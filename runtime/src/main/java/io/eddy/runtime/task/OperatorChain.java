package io.eddy.runtime.task;

import io.eddy.runtime.exchange.RecordWriter;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.operator.SourceOperator;
import io.eddy.runtime.operator.SuperstepAware;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The operators of one subtask, wired together: each operator's output reaches its chained
 * consumers as objects (copies for all but the last consumer when object reuse is off) and its
 * network edges through record writers. The chain also tracks end of input: an input ends when
 * every chained producer of it has finished and its network channels (if any) have all ended; an
 * operator has finished when all its inputs ended (a source, when {@code run()} returned), and its
 * finishing may end inputs further down the chain.
 *
 * <p>Exceptions leave the chain as {@link OperatorFailure}s carrying the index of the operator that
 * threw. Used by the task thread only.
 */
final class OperatorChain {

    private final List<ChainedOperator> specs;
    private final Operator<Object>[] operators;
    private final Output<Object>[] outputs;
    private final ChainedOutput[][] inputs;
    private final int[][] pendingChainedProducers;
    private final boolean[][] networkInputOpen;
    /** Which inputs the network feeds at all, to reopen them for the next superstep. */
    private final boolean[][] networkInput;
    private final int[] openInputs;
    private final boolean[] finished;
    private final boolean[] opened;
    /** Per operator, the record writers of its network edges. */
    private final List<List<RecordWriter<Object>>> writersOf = new ArrayList<>();
    /**
     * Whether a finished operator ends its network edges at once rather than when the task ends:
     * a consumer may wait for the end of one of this task's outputs before it reads another one
     * (a hash join's build side), and that other output may only drain once the first has ended.
     * Off in loops, whose edges end per superstep.
     */
    private boolean endEdgesWhenFinished;
    /** Per operator and input: fed by exchanges only, so records arrive as new deserialized objects. */
    private final boolean[][] exchangeOnly;

    /**
     * @param networkInputs the edges that feed this vertex
     * @param writers the record writer of every outgoing edge, indexed like {@code networkOutputs}
     */
    @SuppressWarnings("unchecked")
    OperatorChain(List<ChainedOperator> specs, Operator<Object>[] operators, List<JobEdge> networkInputs,
                  List<JobEdge> networkOutputs, List<RecordWriter<Object>> writers, boolean objectReuse) {
        int n = specs.size();
        this.specs = specs;
        this.operators = operators;
        this.outputs = new Output[n];
        this.inputs = new ChainedOutput[n][];
        this.pendingChainedProducers = new int[n][];
        this.networkInputOpen = new boolean[n][];
        this.networkInput = new boolean[n][];
        this.openInputs = new int[n];
        this.finished = new boolean[n];
        this.opened = new boolean[n];
        for (int k = 0; k < n; k++) {
            int numInputs = specs.get(k).numInputs();
            inputs[k] = new ChainedOutput[numInputs];
            for (int i = 0; i < numInputs; i++) {
                inputs[k][i] = new ChainedOutput(operators[k], i, k);
            }
            pendingChainedProducers[k] = new int[numInputs];
            networkInputOpen[k] = new boolean[numInputs];
            networkInput[k] = new boolean[numInputs];
            openInputs[k] = numInputs;
        }
        for (int k = 0; k < n; k++) {
            for (ChainedOperator.ChainedInput consumer : specs.get(k).chainedOutputs()) {
                checkInput(consumer.operatorIndex(), consumer.inputIndex(), "chained output of " + specs.get(k).name());
                pendingChainedProducers[consumer.operatorIndex()][consumer.inputIndex()]++;
            }
        }
        for (JobEdge edge : networkInputs) {
            checkInput(edge.targetOperator(), edge.targetInput(), "edge " + edge.id());
            networkInputOpen[edge.targetOperator()][edge.targetInput()] = true;
            networkInput[edge.targetOperator()][edge.targetInput()] = true;
        }
        this.exchangeOnly = new boolean[n][];
        for (int k = 0; k < n; k++) {
            exchangeOnly[k] = new boolean[specs.get(k).numInputs()];
            for (int i = 0; i < exchangeOnly[k].length; i++) {
                exchangeOnly[k][i] = networkInput[k][i] && pendingChainedProducers[k][i] == 0;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < specs.get(k).numInputs(); i++) {
                if (pendingChainedProducers[k][i] == 0 && !networkInputOpen[k][i]) {
                    throw new IllegalStateException("input " + i + " of operator '" + specs.get(k).name() + "' has no producer");
                }
            }
            outputs[k] = buildOutput(k, networkOutputs, writers, objectReuse);
            List<RecordWriter<Object>> own = new ArrayList<>();
            for (int e = 0; e < networkOutputs.size(); e++) {
                if (networkOutputs.get(e).sourceOperator() == k) {
                    own.add(writers.get(e));
                }
            }
            writersOf.add(own);
        }
    }

    /** Per input of operator {@code k}: whether only exchanges feed it, no chained operator. */
    boolean[] exchangeOnlyInputs(int k) {
        return exchangeOnly[k].clone();
    }

    /** Makes a finished operator end its network edges at once (for tasks outside loops). */
    void endEdgesWhenFinished() {
        this.endEdgesWhenFinished = true;
    }

    private void checkInput(int operator, int input, String what) {
        if (operator < 0 || operator >= specs.size() || input < 0 || input >= specs.get(operator).numInputs()) {
            throw new IllegalStateException(what + " targets input " + input + " of operator " + operator
                    + ", which does not exist");
        }
    }

    @SuppressWarnings("unchecked")
    private Output<Object> buildOutput(int k, List<JobEdge> networkOutputs, List<RecordWriter<Object>> writers,
                                       boolean objectReuse) {
        List<Output<Object>> consumers = new ArrayList<>();
        for (int e = 0; e < networkOutputs.size(); e++) {
            if (networkOutputs.get(e).sourceOperator() == k) {
                consumers.add(new RecordWriterOutput(writers.get(e)));
            }
        }
        List<ChainedOperator.ChainedInput> chained = specs.get(k).chainedOutputs();
        boolean copy = !objectReuse && consumers.size() + chained.size() > 1;
        TypeSerializer<Object> copier = null;
        if (copy && chained.size() > 1) {
            if (specs.get(k).outputSerializer() == null) {
                throw new IllegalStateException("operator '" + specs.get(k).name()
                        + "' feeds several chained operators but has no output serializer to copy records");
            }
            copier = (TypeSerializer<Object>) specs.get(k).outputSerializer().duplicate();
        }
        for (int c = 0; c < chained.size(); c++) {
            int target = chained.get(c).operatorIndex();
            int input = chained.get(c).inputIndex();
            boolean last = c == chained.size() - 1;
            Output<Object> consumer = copier != null && !last
                    ? new CopyingChainedOutput(operators[target], input, target, copier)
                    : new ChainedOutput(operators[target], input, target);
            consumers.add(selectionChecked(consumer, target, input));
        }
        if (consumers.isEmpty()) {
            return record -> { };
        }
        if (consumers.size() == 1) {
            return consumers.get(0);
        }
        return new FanOutOutput(consumers.toArray(new Output[0]));
    }

    int size() {
        return specs.size();
    }

    ChainedOperator spec(int index) {
        return specs.get(index);
    }

    Operator<Object> operator(int index) {
        return operators[index];
    }

    /** Where the task delivers records that arrive over the network for input {@code input} of operator {@code op}. */
    ChainedOutput inputOf(int op, int input) {
        return inputs[op][input];
    }

    /**
     * Like {@link #inputOf}, for a task that cannot honour the operator's required input (several
     * operators read the network): the operator fails if it receives records it ruled out.
     */
    Output<Object> selectionCheckedInputOf(int op, int input) {
        return selectionChecked(inputs[op][input], op, input);
    }

    /** Whether input {@code input} of operator {@code op} still expects records (it has not ended). */
    boolean isInputOpen(int op, int input) {
        return input < specs.get(op).numInputs()
                && (pendingChainedProducers[op][input] > 0 || networkInputOpen[op][input]);
    }

    /** Single-input operators have nothing to select, so they are not checked. */
    private Output<Object> selectionChecked(Output<Object> output, int op, int input) {
        return specs.get(op).numInputs() < 2 ? output : new SelectionCheckingOutput(output, operators[op], input, op, this);
    }

    /** Opens the operators from the last to the first, so every consumer is ready before its producer. */
    void open(IntFunction<OperatorContext> contexts) throws OperatorFailure {
        for (int k = operators.length - 1; k >= 0; k--) {
            opened[k] = true;
            try {
                operators[k].open(contexts.apply(k), outputs[k]);
            } catch (Throwable t) {
                throw new OperatorFailure(k, t);
            }
        }
    }

    /** Runs every source of the chain, in chain order, and ends the inputs they feed. */
    void runSources() throws OperatorFailure {
        for (int k = 0; k < operators.length; k++) {
            if (specs.get(k).numInputs() == 0) {
                if (!(operators[k] instanceof SourceOperator<?> source)) {
                    throw new OperatorFailure(k, new IllegalStateException("operator without inputs is not a SourceOperator: "
                            + operators[k].getClass().getName()));
                }
                try {
                    source.run();
                } catch (OperatorFailure failure) {
                    throw failure;
                } catch (Throwable t) {
                    throw new OperatorFailure(k, t);
                }
                operatorFinished(k);
            }
        }
    }

    /** All network channels into input {@code input} of operator {@code op} have ended. */
    void networkInputEnded(int op, int input) throws OperatorFailure {
        networkInputOpen[op][input] = false;
        if (pendingChainedProducers[op][input] == 0) {
            endInput(op, input);
        }
    }

    private void endInput(int op, int input) throws OperatorFailure {
        try {
            operators[op].endInput(input);
        } catch (OperatorFailure failure) {
            throw failure;
        } catch (Throwable t) {
            throw new OperatorFailure(op, t);
        }
        if (--openInputs[op] == 0) {
            operatorFinished(op);
        }
    }

    private void operatorFinished(int op) throws OperatorFailure {
        finished[op] = true;
        if (endEdgesWhenFinished) {
            for (RecordWriter<Object> writer : writersOf.get(op)) {
                writer.finish();
            }
        }
        for (ChainedOperator.ChainedInput consumer : specs.get(op).chainedOutputs()) {
            int target = consumer.operatorIndex();
            int input = consumer.inputIndex();
            if (--pendingChainedProducers[target][input] == 0 && !networkInputOpen[target][input]) {
                endInput(target, input);
            }
        }
    }

    /**
     * Whether operator {@code op} keeps what loop-invariant input {@code input} delivered in the
     * first superstep, so that input is neither replayed nor ended again.
     */
    boolean keepsInput(int op, int input) {
        return operators[op] instanceof SuperstepAware aware && aware.keepsInput(input);
    }

    /**
     * Between two supersteps of a loop: every input opens again (inputs {@code kept} names stay
     * ended), every operator is told, last first, and an operator left with no open input finishes
     * at once. Called when every operator finished the previous superstep.
     */
    void startSuperstep(int superstep, java.util.function.BiPredicate<Integer, Integer> kept) throws OperatorFailure {
        int n = operators.length;
        for (int k = 0; k < n; k++) {
            finished[k] = false;
            openInputs[k] = specs.get(k).numInputs();
            java.util.Arrays.fill(pendingChainedProducers[k], 0);
            System.arraycopy(networkInput[k], 0, networkInputOpen[k], 0, networkInput[k].length);
        }
        for (int k = 0; k < n; k++) {
            for (ChainedOperator.ChainedInput consumer : specs.get(k).chainedOutputs()) {
                pendingChainedProducers[consumer.operatorIndex()][consumer.inputIndex()]++;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < specs.get(k).numInputs(); i++) {
                if (networkInput[k][i] && pendingChainedProducers[k][i] == 0 && kept.test(k, i)) {
                    networkInputOpen[k][i] = false;
                    openInputs[k]--;
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            if (operators[k] instanceof SuperstepAware aware) {
                try {
                    aware.startSuperstep(superstep);
                } catch (Throwable t) {
                    throw new OperatorFailure(k, t);
                }
            }
        }
        for (int k = 0; k < n; k++) {
            if (openInputs[k] == 0 && specs.get(k).numInputs() > 0 && !finished[k]) {
                operatorFinished(k);
            }
        }
    }

    /** Fails if an operator never saw the end of all its inputs, which would mean lost records. */
    void checkAllFinished() {
        for (int k = 0; k < operators.length; k++) {
            if (!finished[k]) {
                throw new IllegalStateException("operator '" + specs.get(k).name() + "' did not receive the end of all its inputs");
            }
        }
    }

    /**
     * Closes every operator that was opened, in chain order, even if some fail; returns the primary
     * failure with close failures added to it as suppressed, or the first close failure if there was none.
     */
    Throwable closeAll(Throwable primary) {
        Throwable result = primary;
        for (int k = 0; k < operators.length; k++) {
            if (!opened[k]) {
                continue;
            }
            try {
                operators[k].close();
            } catch (Throwable t) {
                if (result == null) {
                    result = new OperatorFailure(k, t);
                } else {
                    result.addSuppressed(t);
                }
            }
        }
        return result;
    }
}

package io.eddy.exec;

import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.runtime.iteration.SolutionSet;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;

/**
 * Joins the records of its one input with a delta iteration's solution set: each record looks up
 * the solution set entry with its key in its slot's index (the input is partitioned like the
 * solution set) and, if there is one, the pair goes to the join function. Pipelined: nothing is
 * buffered, nothing is hashed but the key, as long as the solution set fits its memory; records whose
 * keys are in a partition of the set on disk are staged and joined when the superstep's input ends.
 */
public final class SolutionSetJoinDriver<IN1, IN2, OUT> extends UdfDriver<FlatJoinFunction<IN1, IN2, OUT>, OUT> {

    /**
     * Creates a {@link SolutionSetJoinDriver}.
     *
     * @param probeKey the key of the input's records
     * @param solutionSetFirst whether the solution set is the join's first input (its records are
     *        then the function's first argument)
     */
    public record Factory<OUT>(DriverConfig config, TypeComparator<?> probeKey, boolean solutionSetFirst)
            implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new SolutionSetJoinDriver<>(config, probeKey, solutionSetFirst);
        }
    }

    private final TypeComparator<?> probeKey;
    private final boolean solutionSetFirst;
    private SolutionSet.Lookup solutionSet;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public SolutionSetJoinDriver(DriverConfig config, TypeComparator<?> probeKey, boolean solutionSetFirst) {
        super(config, (Class) FlatJoinFunction.class);
        this.probeKey = probeKey.duplicate();
        this.solutionSetFirst = solutionSetFirst;
    }

    @Override
    protected void setup() throws Exception {
        if (context.getIteration() == null) {
            throw new IllegalStateException("'" + context.getOperatorName() + "' joins with a solution set outside its iteration");
        }
        solutionSet = context.getIteration().solutionSet().lookup(probeKey, serializer(0));
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        Object entry = solutionSet.find(record);
        if (entry != null && entry != SolutionSet.Lookup.DEFERRED) {
            join(record, entry);
        }
    }

    @SuppressWarnings("unchecked")
    private void join(Object record, Object entry) throws Exception {
        if (solutionSetFirst) {
            function.join((IN1) entry, (IN2) record, collector);
        } else {
            function.join((IN1) record, (IN2) entry, collector);
        }
    }

    @Override
    protected void endRegularInput(int input) throws Exception {
        if (!solutionSet.hasDeferred()) {
            return;
        }
        try (SolutionSet.ResolvedProbes resolved = solutionSet.resolveDeferred()) {
            while (resolved.next() && !context.isCancelled()) {
                if (resolved.entry() != null) {
                    join(resolved.probe(), resolved.entry());
                }
            }
        }
    }

    @Override
    protected void closeDriver() {
        if (solutionSet != null) {
            solutionSet.close();
            solutionSet = null;
        }
    }
}

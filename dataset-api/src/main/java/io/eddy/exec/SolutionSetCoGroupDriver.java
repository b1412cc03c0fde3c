package io.eddy.exec;

import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.runtime.iteration.SolutionSet;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * CoGroups the records of its one input with a delta iteration's solution set: the input is sorted
 * by key (spilling, as any sorted grouping) and each of its key groups goes to the function with the
 * solution set's entry for that key (a group of one, or an empty group). Keys present only in the
 * solution set are not visited, as in Flink: a superstep touches what its workset touches.
 */
public final class SolutionSetCoGroupDriver<OUT> extends SortedGroupDriver<CoGroupFunction<Object, Object, OUT>, OUT> {

    /**
     * Creates a {@link SolutionSetCoGroupDriver}.
     *
     * @param key the key of the input's records
     * @param solutionSetFirst whether the solution set is the coGroup's first input
     */
    public record Factory<OUT>(DriverConfig config, TypeComparator<?> key, TypeComparator<?> groupOrder,
                               boolean solutionSetFirst) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new SolutionSetCoGroupDriver<>(config, key, groupOrder, solutionSetFirst);
        }

        @Override
        public int managedMemoryWeight() {
            return 1;
        }
    }

    private final TypeComparator<?> key;
    private final boolean solutionSetFirst;
    private SolutionSet.Lookup solutionSet;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public SolutionSetCoGroupDriver(DriverConfig config, TypeComparator<?> key, TypeComparator<?> groupOrder,
                                    boolean solutionSetFirst) {
        super(config, (Class) CoGroupFunction.class, key, groupOrder, false);
        this.key = key.duplicate();
        this.solutionSetFirst = solutionSetFirst;
    }

    @Override
    protected void setup() throws Exception {
        if (context.getIteration() == null) {
            throw new IllegalStateException("'" + context.getOperatorName() + "' coGroups with a solution set outside its iteration");
        }
        solutionSet = context.getIteration().solutionSet().lookup(key);
        super.setup();
    }

    @Override
    protected void callGroup(Iterable<Object> group, Collector<OUT> out) throws Exception {
        Iterator<Object> records = group.iterator();
        Object first = records.next();
        Object entry = solutionSet.find(first);
        Iterable<Object> entries = entry == null ? Collections.emptyList() : List.of(entry);
        Iterable<Object> whole = () -> new Iterator<>() {
            private boolean firstTaken;

            @Override
            public boolean hasNext() {
                return !firstTaken || records.hasNext();
            }

            @Override
            public Object next() {
                if (!firstTaken) {
                    firstTaken = true;
                    return first;
                }
                return records.next();
            }
        };
        if (solutionSetFirst) {
            function.coGroup(entries, whole, out);
        } else {
            function.coGroup(whole, entries, out);
        }
    }
}

package io.eddy.exec;

import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.runtime.iteration.SolutionSet;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * CoGroups the records of its one input with a delta iteration's solution set: the input is sorted
 * by key (spilling, as any sorted grouping) and each of its key groups goes to the function with the
 * solution set's entry for that key (a group of one, or an empty group). Keys present only in the
 * solution set are not visited, as in Flink: a superstep touches what its workset touches. Groups
 * whose key is in a partition of the solution set on disk are staged and handed to the function when
 * the superstep's input has been grouped.
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
        solutionSet = context.getIteration().solutionSet().lookup(key, serializer(0));
        super.setup();
    }

    @Override
    protected void callGroup(Iterable<Object> group, Collector<OUT> out) throws Exception {
        Iterator<Object> records = group.iterator();
        Object first = records.next();
        Object entry = solutionSet.find(first);
        if (entry == SolutionSet.Lookup.DEFERRED) {
            while (records.hasNext()) {
                solutionSet.defer(records.next());
            }
            return;
        }
        coGroup(entry, first, records, out);
    }

    private void coGroup(Object entry, Object first, Iterator<Object> rest, Collector<OUT> out) throws Exception {
        Iterable<Object> entries = entry == null ? Collections.emptyList() : List.of(entry);
        Iterable<Object> whole = () -> new Iterator<>() {
            private boolean firstTaken;

            @Override
            public boolean hasNext() {
                return !firstTaken || rest.hasNext();
            }

            @Override
            public Object next() {
                if (!firstTaken) {
                    firstTaken = true;
                    return first;
                }
                return rest.next();
            }
        };
        if (solutionSetFirst) {
            function.coGroup(entries, whole, out);
        } else {
            function.coGroup(whole, entries, out);
        }
    }

    @Override
    protected void endRegularInput(int input) throws Exception {
        super.endRegularInput(input);
        if (solutionSet.hasDeferred()) {
            try (SolutionSet.ResolvedProbes resolved = solutionSet.resolveDeferred()) {
                coGroupResolved(resolved);
            }
        }
    }

    /** The staged groups come back contiguous, each record with its key's entry: regroup and call. */
    @SuppressWarnings("unchecked")
    private void coGroupResolved(SolutionSet.ResolvedProbes resolved) throws Exception {
        // the lookup works on its own copy of the key comparator, so this one is free for regrouping
        TypeComparator<Object> grouping = (TypeComparator<Object>) key;
        boolean[] more = {resolved.next()};
        while (more[0] && !context.isCancelled()) {
            Object first = resolved.probe();
            Object entry = resolved.entry();
            grouping.setReference(first);
            more[0] = resolved.next();
            Iterator<Object> rest = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return more[0] && grouping.equalToReference(resolved.probe());
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Object record = resolved.probe();
                    try {
                        more[0] = resolved.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return record;
                }
            };
            coGroup(entry, first, rest, collector);
            while (rest.hasNext()) {
                rest.next();
            }
        }
    }

    @Override
    protected void closeDriver() {
        super.closeDriver();
        if (solutionSet != null) {
            solutionSet.close();
            solutionSet = null;
        }
    }
}

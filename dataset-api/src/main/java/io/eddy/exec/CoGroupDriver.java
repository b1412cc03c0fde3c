package io.eddy.exec;

import io.eddy.runtime.sort.GroupMerger;
import io.eddy.runtime.sort.RecordSorter;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.util.TraversableOnceException;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.types.LexicographicComparator;
import io.eddy.runtime.types.TypeComparator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Runs a {@link CoGroupFunction}: both inputs are sorted by key (then by each side's optional group
 * order) in managed memory, half for each side, spilling when they do not fit, and the two sorted
 * streams are merged group by group in key order, compared through the two comparators' extracted
 * keys; groups stream, so they may be larger than memory. A key present on one side only gets an empty
 * Iterable for the other side. Every Iterable is single-pass.
 */
public final class CoGroupDriver<IN1, IN2, OUT> extends UdfDriver<CoGroupFunction<IN1, IN2, OUT>, OUT> {

    /**
     * Creates a {@link CoGroupDriver}: inputs 0 and 1 are the co-grouped inputs; the config's function
     * is a CoGroupFunction.
     *
     * @param firstGroupOrder the order within groups of input 0, or null
     * @param secondGroupOrder the order within groups of input 1, or null
     */
    public record Factory<OUT>(DriverConfig config, TypeComparator<?> firstComparator, TypeComparator<?> secondComparator,
            TypeComparator<?> firstGroupOrder, TypeComparator<?> secondGroupOrder) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new CoGroupDriver<>(config, firstComparator, secondComparator, firstGroupOrder, secondGroupOrder);
        }

        @Override
        public int managedMemoryWeight() {
            return 2;
        }
    }

    private final TypeComparator<?>[] keyComparators;
    private final TypeComparator<?>[] groupOrders;
    private final RecordSorter[] sorters = new RecordSorter[2];
    private final boolean[] ended = new boolean[2];
    private final EmptyGroup emptyGroup = new EmptyGroup();

    @SuppressWarnings({"unchecked", "rawtypes"})
    public CoGroupDriver(DriverConfig config, TypeComparator<?> firstComparator, TypeComparator<?> secondComparator,
            TypeComparator<?> firstGroupOrder, TypeComparator<?> secondGroupOrder) {
        super(config, (Class) CoGroupFunction.class);
        if (config.numRegularInputs() != 2) {
            throw new IllegalArgumentException("a co-group has two regular inputs, the config has " + config.numRegularInputs());
        }
        this.keyComparators = new TypeComparator<?>[] {firstComparator, secondComparator};
        this.groupOrders = new TypeComparator<?>[] {firstGroupOrder, secondGroupOrder};
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void setup() throws Exception {
        // setup runs again before every superstep of a loop
        java.util.Arrays.fill(ended, false);
        List<MemorySegment> memory = allocateManagedMemory(2 * ExternalSorter.MIN_PAGES);
        List<MemorySegment> firstHalf = new ArrayList<>(memory.subList(0, memory.size() / 2));
        List<MemorySegment> secondHalf = new ArrayList<>(memory.subList(memory.size() / 2, memory.size()));
        for (int i = 0; i < 2; i++) {
            TypeComparator<Object> order = (TypeComparator<Object>) keyComparators[i].duplicate();
            if (groupOrders[i] != null) {
                order = new LexicographicComparator<>(order, (TypeComparator<Object>) groupOrders[i].duplicate());
            }
            sorters[i] = sortingBuffer(i, i == 0 ? firstHalf : secondHalf, order);
        }
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        sorters[input].add(record);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void endRegularInput(int input) throws Exception {
        ended[input] = true;
        if (!ended[0] || !ended[1]) {
            return;
        }
        GroupMerger.merge(sorters[0].sorted(), keyComparators[0], sorters[1].sorted(), keyComparators[1], context::isCancelled,
                TraversableOnceException::new, new GroupMerger.GroupVisitor() {
                    @Override
                    public void both(Iterable<Object> first, Iterable<Object> second) throws Exception {
                        function.coGroup((Iterable) first, (Iterable) second, collector);
                    }

                    @Override
                    public void firstOnly(Iterable<Object> first) throws Exception {
                        function.coGroup((Iterable) first, (Iterable) emptyGroup.reset(), collector);
                    }

                    @Override
                    public void secondOnly(Iterable<Object> second) throws Exception {
                        function.coGroup((Iterable) emptyGroup.reset(), (Iterable) second, collector);
                    }
                });
    }

    @Override
    protected void closeDriver() {
        for (int i = 0; i < 2; i++) {
            if (sorters[i] != null) {
                sorters[i].close();
                sorters[i] = null;
            }
        }
    }

    /** The single-pass empty group of the side that lacks a key. */
    private static final class EmptyGroup implements Iterable<Object>, Iterator<Object> {

        private boolean handedOut;

        EmptyGroup reset() {
            handedOut = false;
            return this;
        }

        @Override
        public Iterator<Object> iterator() {
            if (handedOut) {
                throw new TraversableOnceException();
            }
            handedOut = true;
            return this;
        }

        @Override
        public boolean hasNext() {
            return false;
        }

        @Override
        public Object next() {
            throw new NoSuchElementException();
        }
    }
}

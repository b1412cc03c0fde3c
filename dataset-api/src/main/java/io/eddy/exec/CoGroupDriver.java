package io.eddy.exec;

import io.eddy.runtime.sort.GroupMerger;
import io.eddy.runtime.sort.RecordSorter;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.util.TraversableOnceException;
import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.types.LexicographicComparator;
import io.eddy.runtime.types.TypeComparator;
import java.io.IOException;
import java.io.UncheckedIOException;
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
            TypeComparator<?> firstGroupOrder, TypeComparator<?> secondGroupOrder, int cachedInput)
            implements OperatorFactory<OUT> {

        public Factory(DriverConfig config, TypeComparator<?> firstComparator, TypeComparator<?> secondComparator,
                TypeComparator<?> firstGroupOrder, TypeComparator<?> secondGroupOrder) {
            this(config, firstComparator, secondComparator, firstGroupOrder, secondGroupOrder, -1);
        }

        @Override
        public Operator<OUT> create() {
            CoGroupDriver<Object, Object, OUT> driver =
                    new CoGroupDriver<>(config, firstComparator, secondComparator, firstGroupOrder, secondGroupOrder);
            driver.cachedInput = cachedInput;
            return driver;
        }

        @Override
        public int managedMemoryWeight() {
            return 2;
        }
    }

    /** Heap pages the cache of a loop-invariant side fills before it spills to a file. */
    private static final int CACHE_PAGES = 64;

    private final TypeComparator<?>[] keyComparators;
    private final TypeComparator<?>[] groupOrders;
    private final RecordSorter[] sorters = new RecordSorter[2];
    private final boolean[] ended = new boolean[2];
    private final EmptyGroup emptyGroup = new EmptyGroup();
    /**
     * In a loop, the loop-invariant input (or -1): it is sorted in the first superstep only, and its
     * sorted records are kept in {@link #cache} and merged again in every later one.
     */
    private int cachedInput = -1;
    private ResettableRecordBuffer cache;
    private boolean cacheComplete;

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
        if (cacheComplete) {
            // the cached side is neither delivered nor ended again: all memory goes to the other
            ended[cachedInput] = true;
            int other = 1 - cachedInput;
            sorters[other] = sortingBuffer(other, memory, order(other));
            return;
        }
        if (cachedInput >= 0) {
            cache = ResettableRecordBuffer.onHeap(context.getIOManager(), serializer(cachedInput), context.getPageSize(),
                    CACHE_PAGES);
        }
        List<MemorySegment> firstHalf = new ArrayList<>(memory.subList(0, memory.size() / 2));
        List<MemorySegment> secondHalf = new ArrayList<>(memory.subList(memory.size() / 2, memory.size()));
        for (int i = 0; i < 2; i++) {
            sorters[i] = sortingBuffer(i, i == 0 ? firstHalf : secondHalf, order(i));
        }
    }

    @SuppressWarnings("unchecked")
    private TypeComparator<Object> order(int input) {
        TypeComparator<Object> order = (TypeComparator<Object>) keyComparators[input].duplicate();
        if (groupOrders[input] != null) {
            order = new LexicographicComparator<>(order, (TypeComparator<Object>) groupOrders[input].duplicate());
        }
        return order;
    }

    /** The cached input is kept here after the first superstep, not replayed by the task. */
    @Override
    public boolean keepsInput(int input) {
        return input == cachedInput;
    }

    /** Between supersteps the sorters start over; the cache of the loop-invariant side stays. */
    @Override
    protected void resetForSuperstep() throws Exception {
        closeSorters();
        setup();
    }

    /** The sorted records of {@code input}: from the cache once it is complete, else from its sorter. */
    private Iterator<Object> sortedInput(int input) throws IOException {
        if (input != cachedInput) {
            return sorters[input].sorted();
        }
        if (cacheComplete) {
            return cache.iterator();
        }
        Iterator<Object> sorted = sorters[input].sorted();
        // the first superstep's sorted records go to the cache as the merge reads them
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = sorted.hasNext();
                if (!more) {
                    cacheComplete = true;
                }
                return more;
            }

            @Override
            public Object next() {
                Object record = sorted.next();
                try {
                    cache.add(record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return record;
            }
        };
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
        GroupMerger.merge(sortedInput(0), keyComparators[0], sortedInput(1), keyComparators[1], context::isCancelled,
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
        closeSorters();
        if (cache != null) {
            cache.close();
            cache = null;
        }
    }

    private void closeSorters() {
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

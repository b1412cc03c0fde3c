package io.eddy.exec;

import io.eddy.api.util.TraversableOnceException;
import io.eddy.runtime.sort.GroupMerger;
import io.eddy.runtime.sort.RecordSorter;
import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.types.TypeComparator;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link FlatJoinFunction} as a sort-merge join ({@code JoinHint.REPARTITION_SORT_MERGE}):
 * both inputs are sorted by key in managed memory, spilling when they do not fit (or kept as they
 * arrive where the plan says an input is sorted already), then merged group
 * by group. For each key present on both sides, the second input's group is held in a
 * {@link ResettableRecordBuffer} (in memory, or in a spill file if it is large) and the first
 * input's group streams against it, so neither group has to fit in memory. Outer joins pad the
 * records of keys present on one side only with null.
 *
 * <p>Memory: 40% of the share sorts each input, the rest holds the buffered group.
 */
public final class SortMergeJoinDriver<IN1, IN2, OUT> extends UdfDriver<FlatJoinFunction<IN1, IN2, OUT>, OUT> {

    /** First-side records joined per pass over the buffered second-side group. */
    static final int BLOCK_RECORDS = 1024;

    /**
     * Creates a {@link SortMergeJoinDriver}: inputs 0 and 1 are the join inputs.
     *
     * @param outerJoinType null for an inner join
     */
    public record Factory<OUT>(DriverConfig config, OuterJoinType outerJoinType, TypeComparator<?> firstComparator,
            TypeComparator<?> secondComparator) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new SortMergeJoinDriver<>(config, outerJoinType, firstComparator, secondComparator);
        }

        @Override
        public int managedMemoryWeight() {
            return 2;
        }
    }

    private final TypeComparator<?>[] comparators;
    private final boolean keepFirst;
    private final boolean keepSecond;
    private final RecordSorter[] sorters = new RecordSorter[2];
    private final boolean[] ended = new boolean[2];
    private ResettableRecordBuffer secondGroup;
    /** Records of the first side's current group waiting to be joined with the second side's group. */
    private final List<Object> block = new ArrayList<>();

    @SuppressWarnings({"unchecked", "rawtypes"})
    public SortMergeJoinDriver(DriverConfig config, OuterJoinType outerJoinType, TypeComparator<?> firstComparator,
                               TypeComparator<?> secondComparator) {
        super(config, (Class) FlatJoinFunction.class);
        if (config.numRegularInputs() != 2) {
            throw new IllegalArgumentException("a join has two regular inputs, the config has " + config.numRegularInputs());
        }
        this.comparators = new TypeComparator<?>[] {firstComparator, secondComparator};
        this.keepFirst = outerJoinType != null && outerJoinType.preserves(0);
        this.keepSecond = outerJoinType != null && outerJoinType.preserves(1);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void setup() throws Exception {
        // setup runs again before every superstep of a loop
        java.util.Arrays.fill(ended, false);
        block.clear();
        List<MemorySegment> memory = allocateManagedMemory(2 * ExternalSorter.MIN_PAGES + ResettableRecordBuffer.MIN_PAGES);
        int sortPages = Math.max(ExternalSorter.MIN_PAGES, memory.size() * 2 / 5);
        List<MemorySegment> first = new ArrayList<>(memory.subList(0, sortPages));
        List<MemorySegment> second = new ArrayList<>(memory.subList(sortPages, 2 * sortPages));
        List<MemorySegment> group = new ArrayList<>(memory.subList(2 * sortPages, memory.size()));
        sorters[0] = sortingBuffer(0, first, (TypeComparator<Object>) comparators[0].duplicate());
        sorters[1] = sortingBuffer(1, second, (TypeComparator<Object>) comparators[1].duplicate());
        secondGroup = new ResettableRecordBuffer(context.getIOManager(), serializer(1), group);
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        sorters[input].add(record);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void endRegularInput(int input) throws Exception {
        ended[input] = true;
        if (!ended[0] || !ended[1]) {
            return;
        }
        GroupMerger.merge(sorters[0].sorted(), comparators[0], sorters[1].sorted(), comparators[1], context::isCancelled,
                TraversableOnceException::new, new GroupMerger.GroupVisitor() {
                    @Override
                    public void both(Iterable<Object> first, Iterable<Object> second) throws Exception {
                        secondGroup.clear();
                        for (Object right : second) {
                            secondGroup.add(right);
                        }
                        // the first side's group in blocks: a spilled second group is read once per block
                        for (Object left : first) {
                            block.add(left);
                            if (block.size() == BLOCK_RECORDS) {
                                joinBlock();
                            }
                        }
                        joinBlock();
                    }

                    @Override
                    public void firstOnly(Iterable<Object> first) throws Exception {
                        if (keepFirst) {
                            for (Object left : first) {
                                function.join((IN1) left, null, collector);
                            }
                        }
                    }

                    @Override
                    public void secondOnly(Iterable<Object> second) throws Exception {
                        if (keepSecond) {
                            for (Object right : second) {
                                function.join(null, (IN2) right, collector);
                            }
                        }
                    }
                });
        secondGroup.clear();
    }

    @SuppressWarnings("unchecked")
    private void joinBlock() throws Exception {
        secondGroup.crossWith(block, (left, right) -> function.join((IN1) left, (IN2) right, collector));
        block.clear();
    }

    @Override
    protected void closeDriver() {
        for (int i = 0; i < 2; i++) {
            if (sorters[i] != null) {
                sorters[i].close();
                sorters[i] = null;
            }
        }
        if (secondGroup != null) {
            context.releaseManagedMemory(secondGroup.close());
            secondGroup = null;
        }
    }
}

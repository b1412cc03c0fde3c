package io.eddy.runtime.hash;

import io.eddy.runtime.hash.InPlaceMutableHashTable;
import io.eddy.runtime.hash.InPlaceUpdater;
import io.eddy.runtime.hash.RecordReducer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ReduceTable} over an {@link InPlaceMutableHashTable}: aggregates are serialized records in
 * managed memory, updated in place. When the table is full, a combiner emits its partial
 * aggregates; a final reduce spills them instead, sorted by key, into an {@link ExternalSorter}, and
 * at the end merges the sorted spill with what is left in the table, reducing the partial
 * aggregates of each key together. So a final reduce over more keys than fit in memory still
 * finishes, with hash speed as long as the keys fit.
 *
 * <p>Built-in aggregations ({@code sum}, {@code min}, {@code max} on tuple fields) come with an
 * {@link InPlaceUpdater}: keys are then compared as bytes and the aggregated fields rewritten in
 * the stored record, without deserializing anything.
 *
 * <p>Memory: with spilling enabled, three quarters of the pages go to the table and the rest to
 * the sorter (at least {@link ExternalSorter#MIN_PAGES}); without, all go to the table.
 */
public final class ManagedReduceTable implements ReduceTable {

    private final OperatorContext context;
    private final TypeSerializer<Object> serializer;
    private final TypeComparator<Object> comparator;
    private final RecordReducer<Object> reducer;
    /** Rewrites serialized aggregates in place instead of calling the reducer on objects; may be null. */
    private final InPlaceUpdater<Object> inPlace;
    private final boolean objectReuse;
    private InPlaceMutableHashTable<Object> table;
    private ExternalSorter<Object> spill;
    private final Object reuse;
    /**
     * Keeps the loads of {@link #prefetch} from being optimized away; per table, so that the tasks'
     * threads do not all store to one shared field.
     */
    private long touchSink;
    private boolean spilled;

    /**
     * @param memory the pages to work in; returned to the context on {@link #close()}
     * @param canSpill true for a final reduce (spill when full), false for a combiner (emit when full)
     * @param inPlace the reducer as an in-place byte update, or null; needs a comparator with binary key prefixes
     * @param objectReuse whether emitted aggregates may be one reused object
     */
    public ManagedReduceTable(OperatorContext context, List<MemorySegment> memory, TypeSerializer<Object> serializer,
                       TypeComparator<Object> comparator, RecordReducer<Object> reducer, InPlaceUpdater<Object> inPlace,
                       boolean canSpill, boolean objectReuse) {
        this.context = context;
        this.serializer = serializer.duplicate();
        this.comparator = comparator.duplicate();
        this.reducer = reducer;
        this.inPlace = inPlace != null && comparator.supportsBinaryKeyPrefix() ? inPlace : null;
        this.objectReuse = objectReuse;
        this.reuse = this.serializer.createInstance();
        List<MemorySegment> tablePages = new ArrayList<>(memory);
        if (canSpill) {
            int sorterPages = Math.max(ExternalSorter.MIN_PAGES, memory.size() / 4);
            List<MemorySegment> sorterMemory = new ArrayList<>(tablePages.subList(tablePages.size() - sorterPages, tablePages.size()));
            tablePages.subList(tablePages.size() - sorterPages, tablePages.size()).clear();
            spill = new ExternalSorter<>(this.serializer, this.comparator, sorterMemory, context.getIOManager(),
                    ExternalSorter.DEFAULT_MAX_FAN_IN);
        }
        table = new InPlaceMutableHashTable<>(this.serializer, this.comparator.duplicate(), tablePages);
        table.open();
    }

    /** The fewest pages a table works with, with and without a spill sorter. */
    public static int minPages(boolean canSpill) {
        return InPlaceMutableHashTable.MIN_PAGES + (canSpill ? ExternalSorter.MIN_PAGES : 0);
    }

    @Override
    public boolean reduceOrInsert(Object record) throws Exception {
        if (inPlace != null) {
            return table.reduceOrInsertInPlace(record, inPlace);
        }
        // Without object reuse the stored aggregate is read into a fresh object: a reducer may return
        // it holding a field object of the record (Gelly's sums do: first.f1 = second.f1), and reading the
        // next aggregate into the same object would overwrite the caller's field in place.
        return table.reduceOrInsert(record, reducer, objectReuse ? reuse : null);
    }

    @Override
    public void prefetch(Object[] records, int count) {
        long touched = 0;
        for (int i = 0; i < count; i++) {
            touched += table.touch(records[i]);
        }
        touchSink = touched;
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public void emitAndClear(Output<Object> output) throws Exception {
        MutableObjectIterator<Object> entries = table.getEntryIterator();
        for (Object r = next(entries); r != null; r = next(entries)) {
            output.collect(r);
        }
        table.resetToEmpty();
    }

    private Object next(MutableObjectIterator<Object> it) throws java.io.IOException {
        return objectReuse ? it.next(serializer.createInstance()) : it.next();
    }

    @Override
    public void spill() throws Exception {
        if (spill == null) {
            throw new IllegalStateException("this reduce table emits instead of spilling");
        }
        MutableObjectIterator<Object> entries = table.getEntryIterator();
        Object scratch = serializer.createInstance();
        for (Object r = entries.next(scratch); r != null; r = entries.next(r)) {
            spill.add(r);
        }
        table.resetToEmpty();
        spilled = true;
    }

    @Override
    public void finish(Output<Object> output) throws Exception {
        if (!spilled) {
            emitAndClear(output);
            return;
        }
        spill();
        MutableObjectIterator<Object> sorted = spill.sorted();
        Object aggregate = sorted.next();
        TypeComparator<Object> keys = comparator.duplicate();
        while (aggregate != null) {
            keys.setReference(aggregate);
            Object next = sorted.next();
            while (next != null && keys.equalToReference(next)) {
                aggregate = reducer.reduce(aggregate, next);
                next = sorted.next();
            }
            output.collect(aggregate);
            aggregate = next;
        }
    }

    @Override
    public void close() {
        List<MemorySegment> pages = new ArrayList<>();
        if (table != null) {
            pages.addAll(table.close());
            table = null;
        }
        if (spill != null) {
            pages.addAll(spill.close());
            spill = null;
        }
        context.releaseManagedMemory(pages);
    }
}

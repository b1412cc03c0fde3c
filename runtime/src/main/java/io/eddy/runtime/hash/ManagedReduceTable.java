package io.eddy.runtime.hash;

import io.eddy.runtime.hash.InPlaceMutableHashTable;
import io.eddy.runtime.hash.InPlaceUpdater;
import io.eddy.runtime.hash.RecordReducer;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.GatherLoads;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.sort.MergeIterator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * the stored record, without deserializing anything. If the updater also reads the incoming
 * record's values off its bytes and the key's hash can be computed from them, records from the
 * network stay bytes too ({@link #reduceOrInsertSerialized}), and so do records of one length that
 * the user's function reduces (they become objects only when their key is found).
 *
 * <p>Keys too distinct to aggregate in memory: when a final reduce's table first fills up having
 * taken fewer than {@link #SORT_INSTEAD_RATIO} records per key it holds, hashing is not worth its
 * cost (most records would be hashed, stored, then sorted and spilled as partial aggregates nearly
 * one for one). The table then spills one last time and hands its pages to a second sorter that
 * takes every further record as it is: the reduce continues as a sort aggregation, and
 * {@link #finish} merges both sorters' runs. Flink's batch reduce sorts from the start.
 *
 * <p>Memory: with spilling enabled, three quarters of the pages go to the table and the rest to
 * the sorter (at least {@link ExternalSorter#MIN_PAGES}); without, all go to the table.
 */
public final class ManagedReduceTable implements ReduceTable {

    /**
     * A final reduce whose table fills up after fewer records than this per stored key sorts the rest
     * of its input instead of hashing it: hashing and then sorting the partial aggregates costs about
     * as much per record as sorting, so below two records per key it only adds work.
     */
    public static final double SORT_INSTEAD_RATIO = 2.0;

    private static final Logger LOG = LoggerFactory.getLogger(ManagedReduceTable.class);

    private final OperatorContext context;
    private final TypeSerializer<Object> serializer;
    private final TypeComparator<Object> comparator;
    private final RecordReducer<Object> reducer;
    /** Rewrites serialized aggregates in place instead of calling the reducer on objects; may be null. */
    private final InPlaceUpdater<Object> inPlace;
    /** Records given as bytes are hashed and folded in as bytes (see the class comment). */
    private final boolean hashesSerialized;
    /** Reads a record given as bytes into the sorter of a table that sorts instead of hashing. */
    private final DataInputDeserializer serializedRecord = new DataInputDeserializer();
    private final boolean objectReuse;
    /**
     * The aggregates: records of one serialized length whose key compares as bytes are kept in their
     * slots ({@link FixedLengthAggregateTable}), any others in an {@link InPlaceMutableHashTable}.
     */
    private AggregateTable<Object> table;
    /** How many pages the table has, which a sorter takes over if the table gives way to one. */
    private final int tablePageCount;
    private ExternalSorter<Object> spill;
    private final Object reuse;
    /** The home slots of a batch of records given as objects ({@link #prefetch}). */
    private final GatherLoads loads = new GatherLoads();
    private boolean spilled;
    /** Records taken since the table was last empty, to judge whether hashing pays. */
    private long takenSinceEmpty;
    /** Once hashing did not pay: every further record goes here as it is (see the class comment). */
    private ExternalSorter<Object> unhashed;

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
        this.tablePageCount = tablePages.size();
        if (FixedLengthAggregateTable.fits(this.serializer.getLength(), tablePages.get(0).size())
                && this.comparator.supportsBinaryKeyPrefix()) {
            table = new FixedLengthAggregateTable<>(this.serializer, this.comparator.duplicate(), tablePages);
        } else {
            InPlaceMutableHashTable<Object> general = new InPlaceMutableHashTable<>(this.serializer, this.comparator.duplicate(),
                    tablePages);
            general.open();
            table = general;
        }
        // the user's function takes bytes too where the table reduces bytes (records of one length): it
        // serializes every record it takes anyway, and records as bytes can wait in a batch whose
        // lookups overlap
        this.hashesSerialized = this.comparator.supportsSerializedHash() && (this.inPlace != null
                ? this.inPlace.supportsSerializedRecords() : table.reducesSerialized());
    }

    /** The fewest pages a table works with, with and without a spill sorter. */
    public static int minPages(boolean canSpill) {
        return InPlaceMutableHashTable.MIN_PAGES + (canSpill ? ExternalSorter.MIN_PAGES : 0);
    }

    @Override
    public boolean reduceOrInsert(Object record) throws Exception {
        if (unhashed != null) {
            unhashed.add(record);
            return true;
        }
        boolean stored;
        if (inPlace != null) {
            stored = table.reduceOrInsertInPlace(record, inPlace);
        } else {
            // Without object reuse the stored aggregate is read into a fresh object: a reducer may return
            // it holding a field object of the record (Gelly's sums do: first.f1 = second.f1), and reading the
            // next aggregate into the same object would overwrite the caller's field in place.
            stored = table.reduceOrInsert(record, reducer, objectReuse ? reuse : null);
        }
        if (stored) {
            takenSinceEmpty++;
        }
        return stored;
    }

    @Override
    public boolean sortsInsteadOfHashing() {
        return unhashed != null;
    }

    @Override
    public boolean takesSerializedRecords() {
        return unhashed != null ? unhashed.supportsSerializedAdd() : hashesSerialized;
    }

    @Override
    public boolean reduceOrInsertSerialized(byte[] record, int offset, int length, int hash) throws Exception {
        if (unhashed != null) {
            serializedRecord.setBuffer(record, offset, length);
            unhashed.addSerialized(serializedRecord, length);
            return true;
        }
        if (!hashesSerialized) {
            throw new IllegalStateException("this table takes records as objects");
        }
        boolean stored = inPlace != null ? table.reduceOrInsertInPlace(record, offset, length, hash, inPlace)
                : table.reduceOrInsertSerialized(record, offset, length, hash, reducer, objectReuse ? reuse : null);
        if (stored) {
            takenSinceEmpty++;
        }
        return stored;
    }

    @Override
    public void prepareSerialized(byte[] records, int[] offsets, int[] lengths, int count, int[] hashes) throws IOException {
        if (unhashed != null || !hashesSerialized) {
            return;
        }
        table.touchSerialized(records, offsets, lengths, count, hashes);
    }

    @Override
    public void addSerialized(DataInputView record, int length) throws IOException {
        if (unhashed == null) {
            throw new IllegalStateException("the table hashes records; it takes them whole (reduceOrInsertSerialized)");
        }
        unhashed.addSerialized(record, length);
    }

    @Override
    public void prefetch(Object[] records, int count) {
        if (unhashed != null) {
            return;
        }
        loads.reset(count);
        for (int i = 0; i < count; i++) {
            table.gatherHome(records[i], loads);
        }
        loads.touch();
    }

    @Override
    public int size() {
        return table == null ? 0 : table.size();
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
        if (table == null) {
            return;
        }
        int stored = table.size();
        MutableObjectIterator<Object> entries = table.getEntryIterator();
        Object scratch = serializer.createInstance();
        for (Object r = entries.next(scratch); r != null; r = entries.next(r)) {
            spill.add(r);
        }
        table.resetToEmpty();
        if (!spilled && takenSinceEmpty < SORT_INSTEAD_RATIO * stored && tablePageCount >= ExternalSorter.MIN_PAGES) {
            LOG.info("The reduce table filled up with {} keys after {} records: keys too distinct to aggregate in memory, "
                    + "sorting the rest of the input instead", stored, takenSinceEmpty);
            List<MemorySegment> pages = table.close();
            table = null;
            unhashed = new ExternalSorter<>(serializer, comparator, pages, context.getIOManager(), ExternalSorter.DEFAULT_MAX_FAN_IN);
        }
        takenSinceEmpty = 0;
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
        if (unhashed != null) {
            sorted = new MergeIterator<>(List.of(sorted, unhashed.sorted()), serializer, comparator);
        }
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
        if (unhashed != null) {
            pages.addAll(unhashed.close());
            unhashed = null;
        }
        context.releaseManagedMemory(pages);
    }
}

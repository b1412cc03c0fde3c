package io.eddy.exec;

import io.eddy.runtime.hash.ManagedReduceTable;
import io.eddy.runtime.hash.ReduceTable;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.translation.AggregatingReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction;
import io.eddy.api.operators.translation.NumericUpdater;
import io.eddy.api.typeutils.TupleComparator;
import io.eddy.api.typeutils.TupleSerializer;
import io.eddy.runtime.hash.InPlaceUpdater;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.Hashing;
import io.eddy.runtime.sort.ExternalRecordSorter;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.sort.InMemoryRecordSorter;
import io.eddy.runtime.sort.PresortedRecordBuffer;
import io.eddy.runtime.sort.RecordSorter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link ReduceFunction}, by hash or by sort aggregation.
 *
 * <p>Hash: one aggregate per key, serialized in a {@link ReduceTable} in the operator's managed
 * memory. {@link AggregationMode#FINAL} keeps every key of the partition, spilling sorted partial
 * aggregates when the keys outgrow memory, and emits at the end; {@link AggregationMode#COMBINE}
 * emits all partial aggregates whenever the table is full.
 *
 * <p>Sort: records are sorted by key (final: spilling to disk; combine: one buffer in memory,
 * drained whenever it is full) and each run of equal keys is reduced as it streams by. An input
 * the plan declares sorted on the key already is reduced as it arrives, in no memory at all, and
 * emits each key's result as soon as the next key begins.
 *
 * <p>A combiner that finds its keys too distinct to be worth combining (after at least
 * {@link #PASS_THROUGH_MIN_RECORDS} records and a first full table or buffer, it emitted more than
 * {@link #PASS_THROUGH_RATIO} of the records it took) passes the rest of its input through
 * unchanged: combining is optional, and hashing or sorting every record once more only to ship
 * nearly as many is the largest cost of a high-cardinality aggregation.
 *
 * <p>A hash aggregation with the user's function keeps the aggregates of its first
 * {@link #OBJECT_KEYS} keys as objects ({@link ObjectAggregates}): with few keys (k-means' centroids)
 * folding a record in is one call of the function, where the table would deserialize the stored
 * aggregate and serialize the result every time. The function gets back the aggregate it returned
 * before, as in a sorted reduce. A further key moves them into the table, which takes the rest.
 * A hash combiner with a built-in aggregation keeps its first {@link #HOT_KEYS} keys as objects
 * (fewer if their records are long) and goes on folding their records in there, while the records
 * of other keys go on to the table: with a few keys (the segments of a join's customers) or a
 * skewed many (the frequent words of a text), most records are then folded in without being
 * serialized and looked up in a table far larger than a cache.
 *
 * <p>Without a key comparator the whole partition reduces to (at most) one record, on the heap; a
 * built-in aggregation keeps it as one of those object aggregates, its aggregated fields as bytes.
 */
public final class ReduceDriver<T> extends UdfDriver<ReduceFunction<T>, T> {

    private static final Logger LOG = LoggerFactory.getLogger(ReduceDriver.class);

    /** Records whose table slots are loaded together, as the hash join's probe does. */
    private static final int PREFETCH_BATCH = 64;
    /** A batch of records as bytes is folded in once it holds this many bytes, even if fewer than {@code PREFETCH_BATCH} records. */
    private static final int BYTE_BATCH_BYTES = 16 * 1024;

    /** Keys whose aggregates a hash aggregation keeps as objects before it uses its table: see the class comment. */
    static final int OBJECT_KEYS = 32;
    /** Keys whose aggregates a built-in aggregation's hash combiner keeps as objects: see the class comment. */
    static final int HOT_KEYS = 1024;
    /** Serialized bytes of records past which the hot keys take no further key. */
    private static final long HOT_KEY_BYTES = 256 * 1024;
    /**
     * Lookups after the hot keys filled up by which they must have hit a quarter of the time, or
     * their keys go to the table: a hit saves serializing a record and a lookup in a large table, a
     * miss costs a lookup among the hot keys, and they break even at about a quarter (WordCount's
     * words hit half of the time; PageRank's combiner over a million vertices 6%, where the hot keys
     * made each superstep 15% slower).
     */
    static final int HOT_KEY_TRIAL = 1 << 16;

    /** A combiner decides whether to pass records through only after this many. */
    static final long PASS_THROUGH_MIN_RECORDS = 100_000;

    /** A combiner that emits more than this share of the records it took passes the rest through. */
    static final double PASS_THROUGH_RATIO = 0.8;

    /**
     * Creates a {@link ReduceDriver}: one regular input; the config's function is a ReduceFunction.
     *
     * @param keyComparator the grouping key, or null to reduce the whole partition
     */
    public record Factory<T>(DriverConfig config, AggregationMode mode, TypeComparator<?> keyComparator, boolean sorted)
            implements OperatorFactory<T> {
        @Override
        public Operator<T> create() {
            return new ReduceDriver<>(config, mode, keyComparator, sorted);
        }

        @Override
        public int managedMemoryWeight() {
            return keyComparator == null || (sorted && config.isPresorted(0)) ? 0 : 1;
        }
    }

    private final AggregationMode mode;
    private final TypeComparator<?> keyComparator;
    private final boolean sorted;
    private ReduceTable table;
    /** The first keys' aggregates as objects, until there are too many; null once they moved into {@link #table}. */
    private ObjectAggregates objectAggregates;
    /** Sort aggregation: the records to sort, or null if the input arrives sorted. */
    private RecordSorter sorter;
    /** Sort aggregation: compares each record with the current key's aggregate. */
    private TypeComparator<Object> runKey;
    /** Sort aggregation: the aggregate of the current key, and the records reduced into it. */
    private Object runAggregate;
    private long position;
    private Output<Object> untypedOutput;
    /** The aggregate of a non-keyed reduce. */
    private T aggregate;
    /** A combiner's records taken and partial aggregates emitted, to judge whether combining pays. */
    private long combineTaken;
    private long combineEmitted;
    private boolean passThrough;
    /**
     * Hash aggregation of records it owns (from an exchange, without object reuse): records collected
     * for {@link ReduceTable#prefetch}. Records from a chained function or under object reuse may be
     * overwritten after the call, so none can wait.
     */
    private Object[] batch;
    private int batched;
    /**
     * Records folded in as bytes: copied out of the network buffer, or serialized at once if they
     * come from a chained function (which may then reuse the object), {@code PREFETCH_BATCH} at most,
     * looked up together like {@link #batch}, then folded in one by one.
     */
    private final DataOutputSerializer byteBatch = new DataOutputSerializer(4096);
    private final int[] byteBatchOffsets = new int[PREFETCH_BATCH];
    private final int[] byteBatchLengths = new int[PREFETCH_BATCH];
    /** What {@link ReduceTable#prepareSerialized} computed for each record of the batch (its key's hash). */
    private final int[] byteBatchHashes = new int[PREFETCH_BATCH];
    private int byteBatched;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReduceDriver(DriverConfig config, AggregationMode mode, TypeComparator<?> keyComparator, boolean sorted) {
        super(config, (Class) ReduceFunction.class);
        if (sorted && keyComparator == null) {
            throw new IllegalArgumentException("sort aggregation needs a key");
        }
        this.mode = mode;
        this.keyComparator = keyComparator;
        this.sorted = sorted;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void setup() throws Exception {
        // setup runs again before every superstep of a loop
        runAggregate = null;
        aggregate = null;
        position = 0;
        combineTaken = 0;
        combineEmitted = 0;
        passThrough = false;
        objectAggregates = null;
        untypedOutput = (Output) output;
        if (sorted) {
            runKey = (TypeComparator<Object>) keyComparator.duplicate();
            if (mode == AggregationMode.COMBINE) {
                sorter = new InMemoryRecordSorter(context, allocateManagedMemory(2), serializer(0), runKey.duplicate());
            } else if (!config.isPresorted(0)) {
                sorter = new ExternalRecordSorter(context, allocateManagedMemory(ExternalSorter.MIN_PAGES), serializer(0),
                        runKey.duplicate());
            }
        } else if (keyComparator != null) {
            boolean canSpill = mode == AggregationMode.FINAL;
            ReduceFunction<Object> reduce = (ReduceFunction) function;
            InPlaceUpdater<Object> inPlace = inPlaceUpdater();
            table = new ManagedReduceTable(context, allocateManagedMemory(ManagedReduceTable.minPages(canSpill)),
                    serializer(0), (TypeComparator<Object>) keyComparator, reduce::reduce, inPlace, canSpill, objectReuse);
            batch = context.ownsInputRecords(0) ? new Object[PREFETCH_BATCH] : null;
            batched = 0;
            // under object reuse the function may return one object for every key: aggregates stay
            // serialized. A final reduce whose table takes records from the network as bytes (a
            // built-in aggregation, or the user's function over records of one length) must keep
            // every aggregate there, so only a combiner, whose partial aggregates may repeat a key,
            // keeps objects as well.
            objectAggregates = !objectReuse && (mode == AggregationMode.COMBINE
                    || inPlace == null && !table.takesSerializedRecords())
                    ? new ObjectAggregates(inPlace, inPlace != null) : null;
            byteBatched = 0;
            byteBatch.clear();
        } else if (!objectReuse) {
            // one group: a built-in aggregation folds records into its bytes instead of boxing sums
            InPlaceUpdater<Object> inPlace = inPlaceUpdater();
            objectAggregates = inPlace == null ? null : new ObjectAggregates(inPlace, false);
        }
    }

    /**
     * The in-place form of a built-in tuple aggregation, or null if the function or types do not
     * allow one. Without a key the whole record is the tail it updates.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private InPlaceUpdater<Object> inPlaceUpdater() {
        if (function instanceof NumericReduceFunction<?> numeric) {
            return keyComparator == null ? null
                    : NumericUpdater.of((NumericReduceFunction) numeric, serializer(0), (TypeComparator) keyComparator);
        }
        if (!(function instanceof AggregatingReduceFunction<?> aggregation)
                || !(serializer(0) instanceof TupleSerializer<?> tuples)) {
            return null;
        }
        int keyFields;
        if (keyComparator == null) {
            keyFields = 0;
        } else if (keyComparator instanceof TupleComparator<?> keys && keys.supportsBinaryKeyPrefix()) {
            keyFields = keys.getKeyPositions().length;
        } else {
            return null;
        }
        TypeSerializer<?>[] fields = tuples.getFieldSerializers();
        int[] lengths = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            lengths[i] = fields[i].getLength();
        }
        return (InPlaceUpdater) aggregation.inPlaceUpdater(lengths, keyFields);
    }

    /** Sort aggregation of complete groups; a combiner counts the records it takes and its sorter fills up. */
    @Override
    protected RecordSorter sorterTakingBytes(int input) {
        return mode == AggregationMode.FINAL ? sorter : null;
    }

    /**
     * Also a hash aggregation whose table gave way to sorting (keys too distinct to aggregate in
     * memory), or whose built-in aggregation folds records in as bytes; not while a combiner passes
     * records through.
     */
    @Override
    protected boolean acceptsSerializedRecords(int input) {
        return table != null ? !passThrough && table.takesSerializedRecords() : super.acceptsSerializedRecords(input);
    }

    @Override
    protected void processSerializedRecord(int input, DataInputView record, int length) throws Exception {
        if (table == null) {
            super.processSerializedRecord(input, record, length);
            return;
        }
        if (table.sortsInsteadOfHashing()) {
            table.addSerialized(record, length);
            return;
        }
        int start = byteBatch.length();
        byteBatch.write(record, length);
        addedToByteBatch(start);
    }

    /** Whether records from a chained function are folded in as bytes too: see {@link #byteBatch}. */
    private boolean foldsObjectsAsBytes() {
        return table != null && !passThrough && !table.sortsInsteadOfHashing() && table.takesSerializedRecords();
    }

    private void addedToByteBatch(int start) throws Exception {
        byteBatchOffsets[byteBatched] = start;
        byteBatchLengths[byteBatched++] = byteBatch.length() - start;
        if (byteBatched == PREFETCH_BATCH || byteBatch.length() >= BYTE_BATCH_BYTES) {
            flushByteBatch();
        }
    }

    private void flushByteBatch() throws Exception {
        int count = byteBatched;
        byteBatched = 0;
        byte[] bytes = byteBatch.getSharedBuffer();
        table.prepareSerialized(bytes, byteBatchOffsets, byteBatchLengths, count, byteBatchHashes);
        for (int i = 0; i < count; i++) {
            foldSerialized(bytes, byteBatchOffsets[i], byteBatchLengths[i], byteBatchHashes[i]);
        }
        byteBatch.clear();
    }

    private void foldSerialized(byte[] bytes, int offset, int length, int hash) throws Exception {
        if (passThrough) {
            passOnSerialized(bytes, offset, length);
            return;
        }
        combineTaken++;
        if (!table.reduceOrInsertSerialized(bytes, offset, length, hash)) {
            if (!makeRoom()) {
                passOnSerialized(bytes, offset, length);
                return;
            }
            if (!table.reduceOrInsertSerialized(bytes, offset, length, hash)) {
                throw recordTooLarge();
            }
        }
    }

    /** Emits a record of the byte batch as it is, as a combiner that passes records through does. */
    private void passOnSerialized(byte[] bytes, int offset, int length) throws Exception {
        untypedOutput.collect(serializer(0).deserialize(new DataInputDeserializer(bytes, offset, length)));
    }

    /**
     * After the table refused a record: a combiner emits its partial aggregates, a final reduce
     * spills them. Returns false if the combiner decided to pass records through from now on, the
     * refused one included.
     */
    private boolean makeRoom() throws Exception {
        if (table.size() == 0) {
            throw recordTooLarge();
        }
        if (mode == AggregationMode.COMBINE) {
            combineEmitted += table.size();
            table.emitAndClear(untypedOutput);
            return !decidePassThrough();
        }
        table.spill();
        return true;
    }

    private IOException recordTooLarge() {
        return new IOException("a record is larger than the managed memory of '" + context.getOperatorName() + "'");
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        if (objectAggregates != null) {
            if (!objectAggregates.hot || passThrough) {
                processOne(input, record);
                return;
            }
            if (objectAggregates.fold(record)) {
                combineTaken++;
                return;
            }
            if (objectAggregates.seldomHit()) {
                // keys too many and too even for a few to pay: the table takes them all from here on
                moveObjectAggregatesIntoTable();
            }
            // a key the hot keys do not hold: on to the table
        }
        if (foldsObjectsAsBytes()) {
            int start = byteBatch.length();
            serializer(0).serialize(record, byteBatch);
            addedToByteBatch(start);
            return;
        }
        if (batch != null && !passThrough) {
            batch[batched++] = record;
            if (batched == batch.length) {
                flushBatch();
            }
            return;
        }
        processOne(input, record);
    }

    /** Whether this combiner keeps hot keys as objects now; for tests. */
    boolean keepsHotKeys() {
        return objectAggregates != null && objectAggregates.hot;
    }

    /** Looks up the slots of the collected records together, then reduces them one by one. */
    private void flushBatch() throws Exception {
        int count = batched;
        batched = 0;
        table.prefetch(batch, count);
        for (int i = 0; i < count; i++) {
            Object record = batch[i];
            batch[i] = null;
            processOne(0, record);
        }
    }

    @SuppressWarnings("unchecked")
    private void processOne(int input, Object record) throws Exception {
        if (passThrough) {
            output.collect((T) record);
            return;
        }
        combineTaken++;
        if (sorted) {
            if (sorter == null) {
                reduceRun(input, record, true);
            } else if (!sorter.add(record)) {
                drainSorted();
                if (mode == AggregationMode.COMBINE && decidePassThrough()) {
                    output.collect((T) record);
                    return;
                }
                if (!sorter.add(record)) {
                    throw new IOException("a record is larger than the managed memory of '" + context.getOperatorName() + "'");
                }
            }
        } else if (table != null) {
            if (objectAggregates != null && !objectAggregates.hot) {
                if (objectAggregates.fold(record)) {
                    return;
                }
                moveObjectAggregatesIntoTable();
            }
            tableReduce(record);
        } else if (objectAggregates != null) {
            objectAggregates.fold(record);
        } else if (aggregate == null) {
            aggregate = (T) keep(input, record);
        } else {
            T result = function.reduce(aggregate, (T) record);
            aggregate = result == record ? (T) keep(input, result) : result;
        }
    }

    /** Hands every object aggregate to the table, which takes every record from then on. */
    private void moveObjectAggregatesIntoTable() throws Exception {
        ObjectAggregates moving = objectAggregates;
        objectAggregates = null;
        for (int i = 0; i < moving.size; i++) {
            tableReduce(moving.aggregate(i));
        }
    }

    @SuppressWarnings("unchecked")
    private void tableReduce(Object record) throws Exception {
        if (!table.reduceOrInsert(record)) {
            if (!makeRoom()) {
                output.collect((T) record);
                return;
            }
            if (!table.reduceOrInsert(record)) {
                throw recordTooLarge();
            }
        }
    }

    /**
     * The aggregates of up to {@code capacity} keys as objects, found by a hashed index: see the
     * class comment. A built-in aggregation keeps its aggregated fields as bytes beside each key's
     * first record and folds records into them with its in-place updater: a sum of {@code Long}s
     * would otherwise box a new value into the stored tuple for every record.
     */
    @SuppressWarnings("unchecked")
    private final class ObjectAggregates {
        /** Null for a reduce without key: then there is one aggregate. */
        private final TypeComparator<Object> keys = keyComparator == null ? null : (TypeComparator<Object>) keyComparator.duplicate();
        /**
         * Whether the input's records are this driver's own (deserialized from an exchange). Records
         * of a chained function may share field objects with ones the function goes on using (Gelly
         * hands one neighbour value to many records), and the reduce function may write into its
         * first argument, so an aggregate built from them is always a copy.
         */
        private final boolean ownsRecords = context.ownsInputRecords(0);
        private final int capacity;
        /** Hot keys: records of keys beyond the capacity go on to the table, these keys stay here. */
        private final boolean hot;
        /** Open addressing, at most half full: 1 + the index of the aggregate a slot holds, 0 if empty. */
        private final int[] index;
        private final int[] hashes;
        private final Object[] aggregates;
        /** The built-in aggregation's updater, or null: then {@link #aggregates} hold the function's results. */
        private final InPlaceUpdater<Object> updater;
        /** With an updater: the serialized tail of key i's aggregate at {@code i * tailLength}. */
        private final MemorySegment tails;
        private final int tailLength;
        private final DataOutputSerializer scratch;
        /** Serialized bytes of the hot keys' first records, to stop taking keys past {@link #HOT_KEY_BYTES}. */
        private long keyBytes;
        private int size;
        /** Lookups and hits since the keys filled up, during the {@link #HOT_KEY_TRIAL}; -1 after it. */
        private int trialLookups;
        private int trialHits;

        ObjectAggregates(InPlaceUpdater<Object> updater, boolean hot) {
            this.updater = updater;
            this.hot = hot;
            this.capacity = keys == null ? 1 : hot ? HOT_KEYS : OBJECT_KEYS;
            this.index = new int[2 * capacity];
            this.hashes = new int[capacity];
            this.aggregates = new Object[capacity];
            this.tailLength = updater == null ? 0 : updater.tailLength();
            this.tails = updater == null ? null : MemorySegment.allocateHeap(Math.max(1, capacity * tailLength));
            this.scratch = updater == null ? null : new DataOutputSerializer(64);
        }

        /**
         * Folds {@code record} into its key's aggregate; false, changing nothing, if its key is new
         * and there is no room.
         */
        boolean fold(Object record) throws Exception {
            int hash = keys == null ? 0 : keys.hash(record);
            int mask = index.length - 1;
            int slot = Hashing.murmur3Mix(hash) & mask;
            for (int i = index[slot] - 1; i >= 0; i = index[slot] - 1) {
                if (hashes[i] == hash) {
                    if (keys != null) {
                        keys.setReference(aggregates[i]);
                    }
                    if (keys == null || keys.equalToReference(record)) {
                        fold(i, record);
                        if (inTrial()) {
                            trialLookups++;
                            trialHits++;
                        }
                        return true;
                    }
                }
                slot = (slot + 1) & mask;
            }
            if (isFull()) {
                if (inTrial()) {
                    trialLookups++;
                }
                return false;
            }
            hashes[size] = hash;
            aggregates[size] = ownsRecords ? record : serializer(0).copy(record);
            if (updater != null) {
                scratch.clear();
                serializer(0).serialize(record, scratch);
                tails.put(size * tailLength, scratch.getSharedBuffer(), scratch.length() - tailLength, tailLength);
                keyBytes += scratch.length();
            }
            index[slot] = ++size;
            return true;
        }

        private boolean isFull() {
            return size == capacity || keyBytes > HOT_KEY_BYTES;
        }

        private boolean inTrial() {
            return hot && trialLookups >= 0 && trialLookups < HOT_KEY_TRIAL && isFull();
        }

        /**
         * Whether these hot keys, full, hit less than a quarter of their {@link #HOT_KEY_TRIAL} lookups;
         * once the trial is over without that, they stay.
         */
        boolean seldomHit() {
            if (trialLookups != HOT_KEY_TRIAL) {
                return false;
            }
            boolean seldom = trialHits < trialLookups / 4;
            trialLookups = -1;
            return seldom;
        }

        private void fold(int i, Object record) throws Exception {
            if (updater != null) {
                updater.update(record, tails, i * tailLength);
                return;
            }
            Object stored = aggregates[i];
            Object result = function.reduce((T) stored, (T) record);
            // a function may also return one object of its own for every key
            aggregates[i] = ownsRecords && (result == stored || result == record) ? result : serializer(0).copy(result);
        }

        /** Key i's aggregate as a record: with an updater, its first record with the folded tail. */
        Object aggregate(int i) throws IOException {
            if (updater == null) {
                return aggregates[i];
            }
            scratch.clear();
            serializer(0).serialize(aggregates[i], scratch);
            byte[] bytes = scratch.getSharedBuffer();
            int length = scratch.length();
            tails.get(i * tailLength, bytes, length - tailLength, tailLength);
            return serializer(0).deserialize(new DataInputDeserializer(bytes, 0, length));
        }

        @SuppressWarnings("unchecked")
        void emit() throws Exception {
            for (int i = 0; i < size; i++) {
                output.collect((T) aggregate(i));
                aggregates[i] = null;
            }
            Arrays.fill(index, 0);
            size = 0;
            keyBytes = 0;
            trialLookups = 0;
            trialHits = 0;
        }
    }

    @Override
    protected void endRegularInput(int input) throws Exception {
        if (batched > 0) {
            flushBatch();
        }
        if (byteBatched > 0) {
            flushByteBatch();
        }
        if (objectAggregates != null) {
            // keys kept as objects are in no table
            objectAggregates.emit();
        }
        if (sorted) {
            if (sorter != null) {
                drainSorted();
            }
            endRun();
        } else if (table != null) {
            table.finish(untypedOutput);
        } else if (aggregate != null) {
            T result = aggregate;
            aggregate = null;
            output.collect(result);
        }
    }

    /**
     * After a combiner emitted a full table or buffer: whether to pass the rest of the input
     * through. The record that did not fit is not counted as taken yet.
     */
    private boolean decidePassThrough() {
        long taken = combineTaken - 1;
        if (taken >= PASS_THROUGH_MIN_RECORDS && combineEmitted > PASS_THROUGH_RATIO * taken) {
            passThrough = true;
            LOG.info("'{}' passes its input through uncombined: it emitted {} partial aggregates for {} records",
                    context.getOperatorName(), combineEmitted, taken);
        }
        return passThrough;
    }

    /** Whether this combiner has stopped combining and passes its records through. */
    boolean passesThrough() {
        return passThrough;
    }

    /** Whether this hash aggregation found its keys too distinct and sorts the rest of its input. */
    boolean sortsInsteadOfHashing() {
        return table != null && table.sortsInsteadOfHashing();
    }

    /** Reduces what the sorter holds, key by key, and empties it. */
    private void drainSorted() throws Exception {
        for (Iterator<Object> it = sorter.sorted(); it.hasNext(); ) {
            if (context.isCancelled()) {
                return;
            }
            reduceRun(0, it.next(), false);
        }
        endRun();
        sorter.clear();
    }

    /**
     * Adds the next record of a key-sorted stream: reduces it into the current key's aggregate, or
     * emits that aggregate and starts the next key. {@code fromInput}: the record may be overwritten
     * by the caller (object reuse) and the plan's claim that the stream is sorted is checked.
     */
    @SuppressWarnings("unchecked")
    private void reduceRun(int input, Object record, boolean fromInput) throws Exception {
        long index = position++;
        if (runAggregate == null) {
            runAggregate = fromInput ? keep(input, record) : record;
            return;
        }
        int c = runKey.compare(runAggregate, record);
        if (c == 0) {
            Object result = function.reduce((T) runAggregate, (T) record);
            runAggregate = fromInput && result == record ? keep(input, result) : result;
            return;
        }
        if (c > 0 && fromInput) {
            throw PresortedRecordBuffer.notSorted(context.getOperatorName(), index, runAggregate, record);
        }
        Object done = runAggregate;
        runAggregate = fromInput ? keep(input, record) : record;
        combineEmitted++;
        output.collect((T) done);
    }

    @SuppressWarnings("unchecked")
    private void endRun() throws Exception {
        if (runAggregate != null) {
            Object done = runAggregate;
            runAggregate = null;
            combineEmitted++;
            output.collect((T) done);
        }
    }

    @Override
    protected void closeDriver() {
        if (sorter != null) {
            sorter.close();
            sorter = null;
        }
        runAggregate = null;
        if (table != null) {
            table.close();
            table = null;
        }
        batch = null;
        batched = 0;
        byteBatched = 0;
        byteBatch.clear();
        aggregate = null;
    }
}

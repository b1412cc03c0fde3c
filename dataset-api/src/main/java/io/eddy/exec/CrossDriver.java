package io.eddy.exec;

import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import io.eddy.api.functions.CrossFunction;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Runs a {@link CrossFunction} as a nested loop: one side is held ({@code crossWithTiny} holds the
 * second, {@code crossWithHuge} the first), the other streams and is crossed with every held
 * record. The held side is serialized into the operator's managed memory and spills to a file if it
 * does not fit; streamed records that arrive before the held side has ended wait in a second such
 * buffer. A held side of at most {@value #HEAP_CACHE_RECORDS} records that fit in memory is read
 * back once into objects, so a cross with a tiny side does not deserialize per pair; a larger one
 * is crossed with blocks of {@value #BLOCK_RECORDS} streamed records per pass over it. The function
 * always gets (record of input 0, record of input 1).
 */
public final class CrossDriver<IN1, IN2, OUT> extends UdfDriver<CrossFunction<IN1, IN2, OUT>, OUT> {

    /** Held sides up to this many records are crossed from objects instead of from their buffer. */
    static final int HEAP_CACHE_RECORDS = 4096;

    /** Streamed records crossed per pass over a held side that is not cached as objects. */
    static final int BLOCK_RECORDS = 1024;

    /**
     * Creates a {@link CrossDriver}: inputs 0 and 1 are the crossed inputs; the config's function is
     * a CrossFunction.
     *
     * @param heldSide the side held (in managed memory, spilling if needed)
     */
    public record Factory<OUT>(DriverConfig config, BuildSide heldSide) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new CrossDriver<>(config, heldSide);
        }

        @Override
        public int managedMemoryWeight() {
            return 1;
        }
    }

    private final int heldInput;
    private ResettableRecordBuffer held;
    private ResettableRecordBuffer pendingStreamed;
    /** The held records as objects, if few; null otherwise. */
    private List<Object> heldObjects;
    /** Streamed records waiting for the next pass over the held buffer (kept: copies under object reuse). */
    private final List<Object> block = new ArrayList<>();
    private boolean heldEnded;
    private boolean streamedEnded;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public CrossDriver(DriverConfig config, BuildSide heldSide) {
        super(config, (Class) CrossFunction.class);
        if (config.numRegularInputs() != 2) {
            throw new IllegalArgumentException("a cross has two regular inputs, the config has " + config.numRegularInputs());
        }
        this.heldInput = heldSide.buildInput();
    }

    @Override
    protected void setup() throws Exception {
        // setup runs again before every superstep of a loop
        heldEnded = false;
        streamedEnded = false;
        List<MemorySegment> memory = allocateManagedMemory(2 * ResettableRecordBuffer.MIN_PAGES);
        int pendingPages = Math.max(ResettableRecordBuffer.MIN_PAGES, memory.size() / 4);
        List<MemorySegment> heldPages = new ArrayList<>(memory.subList(0, memory.size() - pendingPages));
        List<MemorySegment> pendingMemory = new ArrayList<>(memory.subList(memory.size() - pendingPages, memory.size()));
        held = new ResettableRecordBuffer(context.getIOManager(), serializer(heldInput), heldPages);
        pendingStreamed = new ResettableRecordBuffer(context.getIOManager(), serializer(1 - heldInput), pendingMemory);
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        if (input == heldInput) {
            held.add(record);
        } else if (heldEnded) {
            crossWithHeld(input, record);
        } else {
            pendingStreamed.add(record);
        }
    }

    /** The held side first: streamed records that come earlier must be held back. */
    @Override
    protected int preferredInput() {
        return heldEnded ? InputSelection.ANY : heldInput;
    }

    /** Crosses one streamed record, at once from cached objects, else as part of a block. */
    @SuppressWarnings("unchecked")
    private void crossWithHeld(int input, Object streamed) throws Exception {
        if (heldObjects == null) {
            block.add(keep(input, streamed));
            if (block.size() == BLOCK_RECORDS) {
                crossBlock();
            }
        } else if (heldInput == 0) {
            for (int i = 0, n = heldObjects.size(); i < n; i++) {
                output.collect(function.cross((IN1) heldObjects.get(i), (IN2) streamed));
            }
        } else {
            for (int i = 0, n = heldObjects.size(); i < n; i++) {
                output.collect(function.cross((IN1) streamed, (IN2) heldObjects.get(i)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void crossBlock() throws Exception {
        held.crossWith(block, heldInput == 0
                ? (streamed, heldRecord) -> output.collect(function.cross((IN1) heldRecord, (IN2) streamed))
                : (streamed, heldRecord) -> output.collect(function.cross((IN1) streamed, (IN2) heldRecord)));
        block.clear();
    }

    @Override
    protected void endRegularInput(int input) throws Exception {
        if (input == heldInput) {
            heldEnded = true;
            if (held.size() <= HEAP_CACHE_RECORDS && !held.isSpilled()) {
                heldObjects = new ArrayList<>();
                held.iterator().forEachRemaining(heldObjects::add);
            }
            for (Iterator<Object> it = pendingStreamed.iterator(); it.hasNext(); ) {
                crossWithHeld(1 - heldInput, it.next());
            }
            pendingStreamed.clear();
        } else {
            streamedEnded = true;
        }
        if (heldEnded && streamedEnded) {
            crossBlock();
        }
    }

    @Override
    protected void closeDriver() {
        List<MemorySegment> pages = new ArrayList<>();
        if (held != null) {
            pages.addAll(held.close());
            held = null;
        }
        if (pendingStreamed != null) {
            pages.addAll(pendingStreamed.close());
            pendingStreamed = null;
        }
        heldObjects = null;
        block.clear();
        context.releaseManagedMemory(pages);
    }
}

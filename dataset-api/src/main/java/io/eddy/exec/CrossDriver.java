package io.eddy.exec;

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
 * back once into objects, so a cross with a tiny side does not deserialize per pair. The function
 * always gets (record of input 0, record of input 1).
 */
public final class CrossDriver<IN1, IN2, OUT> extends UdfDriver<CrossFunction<IN1, IN2, OUT>, OUT> {

    /** Held sides up to this many records are crossed from objects instead of from their buffer. */
    static final int HEAP_CACHE_RECORDS = 4096;

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
    private boolean heldEnded;

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
            crossWithHeld(record);
        } else {
            pendingStreamed.add(record);
        }
    }

    /** The held side first: streamed records that come earlier must be held back. */
    @Override
    protected int preferredInput() {
        return heldEnded ? InputSelection.ANY : heldInput;
    }

    @SuppressWarnings("unchecked")
    private void crossWithHeld(Object streamed) throws Exception {
        Iterator<Object> records = heldObjects != null ? heldObjects.iterator() : held.iterator();
        if (heldInput == 0) {
            while (records.hasNext()) {
                output.collect(function.cross((IN1) records.next(), (IN2) streamed));
            }
        } else {
            while (records.hasNext()) {
                output.collect(function.cross((IN1) streamed, (IN2) records.next()));
            }
        }
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
                crossWithHeld(it.next());
            }
            pendingStreamed.clear();
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
        context.releaseManagedMemory(pages);
    }
}

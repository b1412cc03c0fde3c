package io.eddy.exec.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.SerializedInput;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.types.TypeSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a driver factory against given inputs in several adversarial ways and checks the output each
 * time (STYLE.md section 10): inputs one after the other, interleaved, reversed and randomly mixed;
 * object reuse off and on (with reuse on, the harness passes one mutable object per input and
 * overwrites it after every {@code processRecord}, so a driver that keeps references without copying
 * produces wrong results); and an output that stalls every 1000th record. Each run serializes the
 * factory first (as the job graph does), and after {@code close()} asserts that close is safe to
 * repeat and that no thread the driver started is still alive.
 */
public final class DriverTestHarness<OUT> {

    /** How the inputs' records are interleaved. */
    public enum Schedule {
        /** Input 0 completely (records, then endInput), then input 1, ... */
        SEQUENTIAL,
        /** One record of each input in turn; an input ends as soon as it is exhausted. */
        INTERLEAVED,
        /** The highest input first (broadcast sets before regular records). */
        REVERSED,
        /** Records of random inputs, seeded. */
        RANDOM
    }

    /** How much managed memory the driver gets. */
    public enum Memory {
        /** 64 pages of 32 KiB. */
        AMPLE(64, 32 * 1024),
        /** 16 pages of 4 KiB: spilling and multi-level merges on small inputs. */
        TIGHT(16, 4 * 1024);

        final int pages;
        final int pageSize;

        Memory(int pages, int pageSize) {
            this.pages = pages;
            this.pageSize = pageSize;
        }
    }

    /** One way of running a case. */
    public record Variant(Schedule schedule, boolean objectReuse, boolean slowOutput, Memory memory) {
        public Variant(Schedule schedule, boolean objectReuse, boolean slowOutput) {
            this(schedule, objectReuse, slowOutput, Memory.AMPLE);
        }
    }

    private final OperatorFactory<OUT> factory;
    private final TypeSerializer<OUT> outputSerializer;
    private final TreeMap<Integer, Input> inputs = new TreeMap<>();
    private List<OUT> expected;
    private boolean ordered;
    private TestOperatorContext lastContext;
    private long recordsAsBytes;

    private record Input(TypeSerializer<Object> serializer, List<Object> records) {}

    private DriverTestHarness(OperatorFactory<OUT> factory, TypeSerializer<OUT> outputSerializer) {
        this.factory = factory;
        this.outputSerializer = outputSerializer;
    }

    /** A harness for {@code factory}; the output serializer copies what the driver emits under object reuse. */
    public static <OUT> DriverTestHarness<OUT> of(OperatorFactory<OUT> factory, TypeSerializer<OUT> outputSerializer) {
        return new DriverTestHarness<>(factory, outputSerializer);
    }

    /** The records of input {@code index} (regular or broadcast). Every input index up to the highest must be given. */
    @SuppressWarnings("unchecked")
    public <T> DriverTestHarness<OUT> input(int index, TypeSerializer<T> serializer, List<T> records) {
        inputs.put(index, new Input((TypeSerializer<Object>) serializer, new ArrayList<>(records)));
        return this;
    }

    public DriverTestHarness<OUT> expectOrdered(List<OUT> records) {
        this.expected = new ArrayList<>(records);
        this.ordered = true;
        return this;
    }

    public DriverTestHarness<OUT> expectAnyOrder(List<OUT> records) {
        this.expected = new ArrayList<>(records);
        this.ordered = false;
        return this;
    }

    /** How many records were handed to the driver as bytes ({@link SerializedInput}) in all runs so far. */
    public long recordsAsBytes() {
        return recordsAsBytes;
    }

    /** Every variant this harness knows. */
    public static List<Variant> allVariants() {
        List<Variant> variants = new ArrayList<>();
        for (Schedule schedule : Schedule.values()) {
            variants.add(new Variant(schedule, false, false));
            variants.add(new Variant(schedule, true, false));
        }
        variants.add(new Variant(Schedule.SEQUENTIAL, true, true));
        variants.add(new Variant(Schedule.INTERLEAVED, false, true));
        variants.add(new Variant(Schedule.SEQUENTIAL, false, false, Memory.TIGHT));
        variants.add(new Variant(Schedule.RANDOM, true, false, Memory.TIGHT));
        return variants;
    }

    /** Runs every variant and checks the output against the expectation. */
    public void run() throws Exception {
        if (expected == null) {
            throw new IllegalStateException("no expected output given");
        }
        for (Variant variant : allVariants()) {
            List<OUT> actual = runOnce(variant);
            if (ordered) {
                assertEquals(expected, actual, "output of variant " + variant);
            } else {
                assertEquals(counts(expected), counts(actual), "output (any order) of variant " + variant);
            }
        }
    }

    private static Map<Object, Integer> counts(List<?> records) {
        Map<Object, Integer> counts = new HashMap<>();
        for (Object r : records) {
            counts.merge(r, 1, Integer::sum);
        }
        return counts;
    }

    /** The context of the last run, for its accumulators. */
    public TestOperatorContext lastContext() {
        return lastContext;
    }

    /**
     * Runs one variant and returns the output. If the driver fails, closes it, checks the thread and
     * close contracts anyway, and rethrows the failure.
     */
    @SuppressWarnings("unchecked")
    public List<OUT> runOnce(Variant variant) throws Exception {
        int numInputs = inputs.isEmpty() ? 0 : inputs.lastKey() + 1;
        if (inputs.size() != numInputs) {
            throw new IllegalStateException("inputs must be numbered 0.." + (numInputs - 1) + ": " + inputs.keySet());
        }
        Set<Thread> threadsBefore = liveThreads();
        OperatorFactory<OUT> copy = roundTrip(factory);
        Operator<OUT> operator = copy.create();
        TestOperatorContext context = new TestOperatorContext(variant.objectReuse(), variant.memory().pages,
                variant.memory().pageSize);
        lastContext = context;
        List<OUT> collected = Collections.synchronizedList(new ArrayList<>());
        boolean[] closed = new boolean[1];
        Output<OUT> output = new Output<>() {
            private long count;

            @Override
            public void collect(OUT record) throws Exception {
                if (closed[0]) {
                    throw new AssertionError("the driver emitted after close()");
                }
                if (variant.slowOutput() && ++count % 1000 == 0) {
                    Thread.sleep(2);
                }
                collected.add(variant.objectReuse() ? outputSerializer.copy(record) : record);
            }
        };
        Exception failure = null;
        try {
            operator.open(context, output);
            feed(operator, variant, numInputs);
        } catch (Exception e) {
            failure = e;
        } finally {
            try {
                operator.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else if (failure != e) {
                    failure.addSuppressed(e);
                }
            }
            closed[0] = true;
            operator.close(); // a second close must be harmless
            List<java.io.File> spillFiles = context.spillFiles();
            boolean memoryReturned = context.memoryManager().verifyEmpty();
            context.shutdown();
            assertTrue(memoryReturned, "managed memory not returned after close() in variant " + variant);
            assertTrue(spillFiles.isEmpty(), "spill files left after close() in variant " + variant + ": " + spillFiles);
            Set<Thread> leftOver = liveThreads();
            leftOver.removeAll(threadsBefore);
            assertTrue(leftOver.isEmpty(), "threads still alive after close() in variant " + variant + ": " + leftOver);
        }
        if (failure != null) {
            throw failure;
        }
        return new ArrayList<>(collected);
    }

    private void feed(Operator<OUT> operator, Variant variant, int numInputs) throws Exception {
        Object[] reuse = new Object[numInputs];
        int[] position = new int[numInputs];
        for (int i = 0; i < numInputs; i++) {
            reuse[i] = inputs.get(i).serializer().createInstance();
        }
        switch (variant.schedule()) {
            case SEQUENTIAL -> {
                for (int i = 0; i < numInputs; i++) {
                    drain(operator, variant, i, reuse, position);
                }
            }
            case REVERSED -> {
                for (int i = numInputs - 1; i >= 0; i--) {
                    drain(operator, variant, i, reuse, position);
                }
            }
            case INTERLEAVED, RANDOM -> {
                Random random = new Random(42);
                List<Integer> open = new ArrayList<>();
                for (int i = 0; i < numInputs; i++) {
                    open.add(i);
                }
                int turn = 0;
                while (!open.isEmpty()) {
                    int slot = variant.schedule() == Schedule.RANDOM ? random.nextInt(open.size()) : turn++ % open.size();
                    int input = open.get(slot);
                    if (position[input] < inputs.get(input).records().size()) {
                        push(operator, variant, input, reuse, position);
                    } else {
                        operator.endInput(input);
                        open.remove(slot);
                    }
                }
            }
            default -> throw new IllegalArgumentException(variant.schedule().toString());
        }
    }

    private void drain(Operator<OUT> operator, Variant variant, int input, Object[] reuse, int[] position) throws Exception {
        while (position[input] < inputs.get(input).records().size()) {
            push(operator, variant, input, reuse, position);
        }
        operator.endInput(input);
    }

    private void push(Operator<OUT> operator, Variant variant, int input, Object[] reuse, int[] position) throws Exception {
        Input in = inputs.get(input);
        List<Object> records = in.records();
        int i = position[input]++;
        TypeSerializer<Object> serializer = in.serializer();
        // as a task does for records from the network: every other record as bytes where the driver takes them
        if (i % 2 == 0 && operator instanceof SerializedInput bytes && bytes.acceptsSerialized(input)) {
            DataOutputSerializer out = new DataOutputSerializer(64);
            serializer.serialize(records.get(i), out);
            DataInputDeserializer view = new DataInputDeserializer(out.toByteArray());
            bytes.processSerialized(input, view, out.length());
            assertEquals(0, view.available(), "the driver left bytes of a record unread");
            recordsAsBytes++;
            return;
        }
        if (!variant.objectReuse() || serializer.isImmutableType()) {
            // a fresh copy each time: functions may legally modify records they get without reuse
            operator.processRecord(input, serializer.copy(records.get(i)));
            return;
        }
        Object record = serializer.copy(records.get(i), reuse[input]);
        reuse[input] = record;
        operator.processRecord(input, record);
        // the caller owns the object again: scribble another (valid) record over it
        serializer.copy(records.get((i + 1) % records.size()), record);
    }

    private static Set<Thread> liveThreads() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        Set<Thread> threads = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getThreadGroup() == group) {
                threads.add(t);
            }
        }
        return threads;
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(object);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (Exception e) {
            fail("the factory does not survive Java serialization: " + e, e);
            return null;
        }
    }
}

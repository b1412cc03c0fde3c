package io.eddy.runtime.task;

import io.eddy.runtime.exchange.Buffer;
import io.eddy.runtime.exchange.EndOfPartitionEvent;
import io.eddy.runtime.exchange.EndOfSuperstepEvent;
import io.eddy.runtime.exchange.InputChannel;
import io.eddy.runtime.exchange.InputGate;
import io.eddy.runtime.exchange.RecordDeserializer;
import io.eddy.runtime.exchange.RecordWriter;
import io.eddy.runtime.exchange.RuntimeEvent;
import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import io.eddy.runtime.iteration.FeedbackChannel;
import io.eddy.runtime.iteration.IterationContext;
import io.eddy.runtime.iteration.IterationCoordinator;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.SerializedInput;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.SerializationUtils;
import io.eddy.runtime.util.Threads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One parallel subtask of a vertex, run by one thread. {@link #run()}:
 * <ol>
 *   <li>deserializes this subtask's own copy of every operator factory (user code class loader) and
 *       builds the {@link OperatorChain}, with a {@link RecordWriter} per outgoing edge;</li>
 *   <li>opens the operators, last first; runs the chain's sources, then reads the input gate until
 *       every channel has ended, delivering each record to its edge's target operator input and
 *       ending an operator input once all channels into it ended;</li>
 *   <li>flushes the writers and ends every outgoing channel; closes all opened operators (also after a
 *       failure, close failures suppressed into the first one);</li>
 *   <li>reports the outcome to its {@link TaskListener}. A failure becomes a {@link TaskException}
 *       naming the operator, its function class and the subtask.</li>
 * </ol>
 * The gate is read as the chain's network-input operator asks: exclusively from the input its
 * {@link Operator#requiredInput()} names while that input is open, else preferring its
 * {@link Operator#nextInput()}.
 *
 * <p>{@link #cancel()} sets a flag operators poll and interrupts the thread, which wakes blocked buffer
 * requests and gate reads, strict ones included.
 */
public final class Task implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Task.class);

    /** How often a cancelled task that has not ended is interrupted again. */
    static final long REINTERRUPT_MILLIS = 200;

    /** After this long, a cancelled task that has not ended is logged with its stack. */
    private static final long STUCK_WARNING_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final TaskDescriptor descriptor;
    private final TaskListener listener;
    private final String nameWithSubtask;
    private final Map<String, Object> accumulators = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile boolean cancelled;
    private volatile boolean started;
    private volatile boolean ended;
    private final TaskIOMetrics ioMetrics = new TaskIOMetrics();
    private volatile Thread executingThread;
    /** Held while interrupting the executing thread, so that no interrupt lands after the task ended. */
    private final Object interruptLock = new Object();
    private final AtomicBoolean interrupterStarted = new AtomicBoolean();
    private volatile Thread interrupter;

    private OperatorChain chain;
    private TaskOperatorContext[] contexts;
    private final List<RecordWriter<Object>> writers = new ArrayList<>();
    private InputGate gate;

    /** The loop this task runs in, or null. */
    private final TaskDescriptor.LoopDescriptor loop;
    private final IterationContext iterationContext;
    /** Writers of the loop's result edges (head task only): written after the last superstep. */
    private final List<RecordWriter<Object>> resultWriters = new ArrayList<>();
    /** Writers of the edges inside the loop: they carry an end-of-superstep event after each superstep. */
    private final List<RecordWriter<Object>> loopWriters = new ArrayList<>();

    public Task(TaskDescriptor descriptor, TaskListener listener) {
        this.descriptor = descriptor;
        this.listener = listener;
        this.nameWithSubtask = descriptor.nameWithSubtask();
        this.loop = descriptor.iteration();
        this.iterationContext = loop == null ? null
                : new IterationContext(loop.spec().name(), loop.spec().aggregators(),
                        loop.spec().tailVertex() == descriptor.vertex().id() ? loop.feedback() : null,
                        loop.solutionSet());
        if (loop != null && loop.resume() != null) {
            iterationContext.resumeFrom(loop.resume());
        }
    }

    /** The loop context operators see, or null outside loops. */
    IterationContext iterationContext() {
        return iterationContext;
    }

    private boolean isLoopHead() {
        return loop != null && loop.spec().headVertex() == descriptor.vertex().id();
    }

    public String nameWithSubtask() {
        return nameWithSubtask;
    }

    public TaskDescriptor descriptor() {
        return descriptor;
    }

    public int subtaskIndex() {
        return descriptor.subtaskIndex();
    }

    public int parallelism() {
        return descriptor.vertex().parallelism();
    }

    ClassLoader userCodeClassLoader() {
        return descriptor.userCodeClassLoader();
    }

    boolean objectReuse() {
        return descriptor.job().objectReuse();
    }

    Map<String, String> jobParameters() {
        return descriptor.job().parameters();
    }

    InputSplitProvider inputSplitProvider() {
        return descriptor.inputSplitProvider();
    }

    /** This subtask's accumulators, shared by all its operators; read them after the task ended. */
    public Map<String, Object> accumulators() {
        return accumulators;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the task's thread has started. */
    public boolean isStarted() {
        return started;
    }

    /** Whether the task has ended (finished, failed or cancelled). */
    public boolean isEnded() {
        return ended;
    }

    /** What the task has read so far. */
    public TaskIOMetrics ioMetrics() {
        return ioMetrics;
    }

    /**
     * Asks the task to stop: operators see the flag, blocking calls are interrupted, and interrupted
     * again every {@link #REINTERRUPT_MILLIS} until the task ends, since code the task calls may
     * swallow an interrupt (Hadoop's {@code Shell} does) and block again. Idempotent.
     */
    public void cancel() {
        cancelled = true;
        interruptIfRunning();
        startInterrupter();
    }

    /** Interrupts the task's thread if it is still running the task; that thread, or null. */
    private Thread interruptIfRunning() {
        synchronized (interruptLock) {
            Thread thread = executingThread;
            if (thread != null) {
                thread.interrupt();
            }
            return thread;
        }
    }

    private void startInterrupter() {
        if (executingThread == null || !interrupterStarted.compareAndSet(false, true)) {
            // not running yet: run() interrupts itself and starts one if it sees the flag
            return;
        }
        Thread thread = new Thread(this::interruptUntilEnded, "Eddy task interrupter (" + nameWithSubtask + ")");
        thread.setDaemon(true);
        interrupter = thread;
        thread.start();
    }

    /** Ends the interrupter (it sleeps between rounds), so that no thread of the task outlives it. */
    private void stopInterrupter() {
        Thread thread = interrupter;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        Threads.joinUninterruptibly(thread);
    }

    private void interruptUntilEnded() {
        long since = System.nanoTime();
        boolean warned = false;
        while (true) {
            try {
                Thread.sleep(REINTERRUPT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            Thread thread = interruptIfRunning();
            if (thread == null) {
                return;
            }
            if (!warned && System.nanoTime() - since > STUCK_WARNING_NANOS) {
                warned = true;
                StringBuilder stack = new StringBuilder();
                for (StackTraceElement frame : thread.getStackTrace()) {
                    stack.append("\n\tat ").append(frame);
                }
                LOG.warn("{} has not stopped {} s after it was cancelled; it is interrupted every {} ms. It is at:{}",
                        nameWithSubtask, TimeUnit.NANOSECONDS.toSeconds(STUCK_WARNING_NANOS), REINTERRUPT_MILLIS, stack);
            }
        }
    }

    @Override
    public void run() {
        started = true;
        executingThread = Thread.currentThread();
        if (cancelled) {
            executingThread.interrupt();
            startInterrupter();
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(descriptor.userCodeClassLoader());
        Throwable failure = null;
        try {
            build();
            contexts = new TaskOperatorContext[chain.size()];
            chain.open(k -> contexts[k] = new TaskOperatorContext(chain.spec(k).name(), this,
                    descriptor.memoryManager(), descriptor.managedPages().get(k), chain.exchangeOnlyInputs(k),
                    descriptor.spareMemory()));
            if (loop == null) {
                chain.runSources();
                if (gate != null) {
                    readInputs(0);
                }
                checkCancelled();
                chain.checkAllFinished();
            } else {
                runSupersteps();
            }
            for (RecordWriter<Object> writer : writers) {
                writer.finish();
            }
        } catch (Throwable t) {
            failure = t;
        }
        if (chain != null) {
            failure = chain.closeAll(failure);
            failure = releaseMemory(failure);
        }
        releaseInvariantCaches();
        if (failure != null) {
            releaseExchanges();
        }
        Throwable reported = failure == null ? null : describe(failure);
        if (reported instanceof TaskException) {
            LOG.debug("{} failed", nameWithSubtask, reported);
        }
        Thread.currentThread().setContextClassLoader(previous);
        synchronized (interruptLock) {
            executingThread = null;
        }
        stopInterrupter();
        Thread.interrupted();
        ended = true;
        listener.taskEnded(this, reported);
    }

    /**
     * Takes back the pages operators did not return. After a failure that is expected (an operator
     * may have died holding them); after success it is a bug in the operator, reported as the task's
     * failure so tests catch it.
     */
    private Throwable releaseMemory(Throwable failure) {
        Throwable result = failure;
        if (contexts == null) {
            return result;
        }
        for (int k = 0; k < contexts.length; k++) {
            if (contexts[k] == null) {
                continue;
            }
            int leaked = contexts[k].releaseRemainingMemory();
            if (leaked > 0 && result == null) {
                result = new OperatorFailure(k, new IllegalStateException("did not return " + leaked
                        + " pages of managed memory after close()"));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private void build() throws Exception {
        List<ChainedOperator> specs = descriptor.vertex().operators();
        Operator<Object>[] operators = new Operator[specs.size()];
        for (int k = 0; k < specs.size(); k++) {
            try {
                OperatorFactory<Object> factory = SerializationUtils.deserialize(
                        descriptor.serializedFactories().get(k), descriptor.userCodeClassLoader());
                operators[k] = factory.create();
            } catch (Throwable t) {
                throw new OperatorFailure(k, t);
            }
        }
        List<JobEdge> outputEdges = new ArrayList<>();
        List<RecordWriter<Object>> chainWriters = new ArrayList<>();
        for (TaskDescriptor.OutputDescriptor output : descriptor.outputs()) {
            JobEdge edge = output.edge();
            ChannelSelector<Object> selector = edge.channelSelector() == null
                    ? null : ((ChannelSelector<Object>) edge.channelSelector()).duplicate();
            RecordWriter<Object> writer = new RecordWriter<>(output.partition(),
                    (TypeSerializer<Object>) edge.serializer().duplicate(), edge.shipStrategy(), selector,
                    descriptor.subtaskIndex());
            writers.add(writer);
            if (loop != null && loop.spec().resultEdges().contains(edge.id())) {
                resultWriters.add(writer);
                continue;
            }
            if (loop != null) {
                loopWriters.add(writer);
            }
            outputEdges.add(edge);
            chainWriters.add(writer);
        }
        List<JobEdge> inputEdges = new ArrayList<>();
        for (TaskDescriptor.InputChannelDescriptor input : descriptor.inputs()) {
            if (!inputEdges.contains(input.edge())) {
                inputEdges.add(input.edge());
            }
        }
        chain = new OperatorChain(specs, operators, inputEdges, outputEdges, chainWriters, objectReuse());
        if (loop == null) {
            chain.endEdgesWhenFinished();
        }
        if (!descriptor.inputs().isEmpty()) {
            buildInputs();
        }
    }

    // ---- network input -------------------------------------------------------------------------

    private RecordDeserializer[] deserializers;
    private TypeSerializer<Object>[] channelSerializers;
    private Output<Object>[] channelTargets;
    /**
     * Per channel, the operator input that takes records as bytes ({@link SerializedInput}), or null:
     * only where one operator reads the network; inside a loop, not for the records of an input the
     * loop caches to replay them (see {@link #readInputs}).
     */
    private SerializedChainedInput[] serializedTargets;
    private Object[] reuse;
    private int[] groupOperator;
    private int[] groupInput;
    /** Per group, its channels that have not ended in the current superstep (or at all, outside loops). */
    private int[] openChannelsInGroup;
    /** Per group, whether it has not ended in the current superstep. */
    private boolean[] groupOpen;
    private boolean[] channelEnded;
    /** The only operator that reads the network, or -1 if several do (then no input preference). */
    private int networkOperator = -1;
    private int[] groupOfNetworkOperatorInput;
    private Output<Object>[] groupTargets;

    // loops: channels from inside the loop end every superstep; the others deliver once and are replayed
    private boolean[] dynamicChannel;
    private int[] dynamicChannelsInGroup;
    /** Per group, the records of its loop-invariant channels, replayed from the second superstep on; or null. */
    private ResettableRecordBuffer[] invariantCache;
    /** Per group, whether it is replayed in the current superstep and has not been yet. */
    private boolean[] replayPending;
    /** The group of the loop head's input (fed back records from the second superstep on), or -1. */
    private int headGroup = -1;

    @SuppressWarnings("unchecked")
    private void buildInputs() {
        List<TaskDescriptor.InputChannelDescriptor> inputs = descriptor.inputs();
        int numChannels = inputs.size();
        deserializers = new RecordDeserializer[numChannels];
        channelSerializers = new TypeSerializer[numChannels];
        channelTargets = new Output[numChannels];
        reuse = new Object[numChannels];
        channelEnded = new boolean[numChannels];
        dynamicChannel = new boolean[numChannels];
        InputChannel[] channels = new InputChannel[numChannels];
        int[] groupOfChannel = new int[numChannels];
        Map<Long, Integer> groups = new HashMap<>();
        Map<JobEdge, TypeSerializer<Object>> serializers = new HashMap<>();
        List<int[]> groupKeys = new ArrayList<>();
        for (int c = 0; c < numChannels; c++) {
            JobEdge edge = inputs.get(c).edge();
            channels[c] = inputs.get(c).channel();
            long key = ((long) edge.targetOperator() << 32) | edge.targetInput();
            Integer group = groups.get(key);
            if (group == null) {
                group = groupKeys.size();
                groups.put(key, group);
                groupKeys.add(new int[] {edge.targetOperator(), edge.targetInput()});
            }
            groupOfChannel[c] = group;
            deserializers[c] = new RecordDeserializer();
            channelSerializers[c] = serializers.computeIfAbsent(edge, e -> (TypeSerializer<Object>) e.serializer().duplicate());
            if (objectReuse()) {
                reuse[c] = channelSerializers[c].createInstance();
            }
            dynamicChannel[c] = loop != null && loop.spec().contains(edge.sourceVertex());
        }
        int numGroups = groupKeys.size();
        groupOperator = new int[numGroups];
        groupInput = new int[numGroups];
        openChannelsInGroup = new int[numGroups];
        dynamicChannelsInGroup = new int[numGroups];
        groupOpen = new boolean[numGroups];
        replayPending = new boolean[numGroups];
        invariantCache = new ResettableRecordBuffer[numGroups];
        groupTargets = new Output[numGroups];
        for (int g = 0; g < numGroups; g++) {
            groupOperator[g] = groupKeys.get(g)[0];
            groupInput[g] = groupKeys.get(g)[1];
            groupOpen[g] = true;
        }
        for (int c = 0; c < numChannels; c++) {
            openChannelsInGroup[groupOfChannel[c]]++;
            if (dynamicChannel[c]) {
                dynamicChannelsInGroup[groupOfChannel[c]]++;
            }
        }
        networkOperator = groupOperator[0];
        for (int g = 1; g < numGroups; g++) {
            if (groupOperator[g] != networkOperator) {
                networkOperator = -1;
            }
        }
        for (int c = 0; c < numChannels; c++) {
            JobEdge edge = inputs.get(c).edge();
            channelTargets[c] = networkOperator >= 0
                    ? chain.inputOf(edge.targetOperator(), edge.targetInput())
                    : chain.selectionCheckedInputOf(edge.targetOperator(), edge.targetInput());
            groupTargets[groupOfChannel[c]] = channelTargets[c];
        }
        serializedTargets = new SerializedChainedInput[numChannels];
        if (networkOperator >= 0 && chain.operator(networkOperator) instanceof SerializedInput bytes) {
            for (int c = 0; c < numChannels; c++) {
                serializedTargets[c] = new SerializedChainedInput(bytes, inputs.get(c).edge().targetInput(), networkOperator);
            }
        }
        if (networkOperator >= 0) {
            groupOfNetworkOperatorInput = new int[chain.spec(networkOperator).numInputs()];
            Arrays.fill(groupOfNetworkOperatorInput, -1);
            for (int g = 0; g < numGroups; g++) {
                groupOfNetworkOperatorInput[groupInput[g]] = g;
            }
        }
        if (isLoopHead()) {
            Integer head = groups.get(0L);
            if (head == null || dynamicChannelsInGroup[head] > 0) {
                throw new IllegalStateException("the head of loop '" + loop.spec().name() + "' must be operator 0 of "
                        + descriptor.vertex().name() + ", its input 0 from outside the loop");
            }
            headGroup = head;
        }
        gate = new InputGate(channels, groupOfChannel, numGroups);
        gate.start();
    }

    /**
     * Reads the gate (and, in a loop, replays fed-back and loop-invariant records) until every input
     * group has ended: for good outside loops, for superstep {@code superstep} inside one.
     */
    private void readInputs(int superstep) throws Exception {
        int openGroups = 0;
        for (boolean open : groupOpen) {
            openGroups += open ? 1 : 0;
        }
        boolean objectReuse = objectReuse();
        while (openGroups > 0) {
            // asked again after every buffer and every end of input, as Operator#requiredInput promises
            int required = requiredGroup();
            int replay = required >= 0 ? (replayPending[required] ? required : -1) : firstPendingReplay();
            if (replay >= 0) {
                if (replay(replay)) {
                    openGroups--;
                }
                checkCancelled();
                continue;
            }
            Buffer buffer = required >= 0 ? gate.getNext(required, true) : gate.getNext(preferredGroup(), false);
            int channel = gate.lastChannel();
            if (buffer.isData()) {
                RecordDeserializer deserializer = deserializers[channel];
                TypeSerializer<Object> serializer = channelSerializers[channel];
                Output<Object> target = channelTargets[channel];
                ResettableRecordBuffer cache = dynamicChannel[channel] ? null : invariantCache[gate.groupOf(channel)];
                int bytes = buffer.size();
                deserializer.setNextBuffer(buffer);
                long records;
                SerializedChainedInput bytesTarget = serializedTargets[channel];
                if (bytesTarget != null && cache == null && bytesTarget.accepts()) {
                    records = passBytes(deserializer, bytesTarget);
                } else {
                    records = passObjects(channel, objectReuse, deserializer, serializer, cache, target);
                }
                ioMetrics.addReceived(records, bytes);
            } else if (channelEnded(channel, buffer.event(), superstep)) {
                openGroups--;
            }
            checkCancelled();
        }
    }

    // The per-record loops of readInputs live in methods of their own, so that the JIT compiles
    // them as ordinary methods instead of replacing the whole input loop, with every path inlined
    // into it, on the stack (and again after each deoptimization).

    /** Hands the buffer's records to a chain that takes them as bytes; returns their number. */
    private static long passBytes(RecordDeserializer deserializer, SerializedChainedInput target) throws Exception {
        long records = 0;
        DataInputView record;
        while ((record = deserializer.nextRecord()) != null) {
            target.collect(record, deserializer.lastRecordLength());
            records++;
        }
        return records;
    }

    /**
     * Deserializes the buffer's records and hands them on: into the channel's reused instance with
     * {@code objectReuse}, else each into a new object.
     */
    private long passObjects(int channel, boolean objectReuse, RecordDeserializer deserializer,
                             TypeSerializer<Object> serializer, ResettableRecordBuffer cache, Output<Object> target)
            throws Exception {
        long records = 0;
        Object instance = reuse[channel];
        DataInputView record;
        while ((record = deserializer.nextRecord()) != null) {
            instance = objectReuse ? serializer.deserialize(instance, record) : serializer.deserialize(record);
            if (cache != null) {
                cache.add(instance);
            }
            target.collect(instance);
            records++;
        }
        if (objectReuse) {
            reuse[channel] = instance;
        }
        return records;
    }

    /** Handles an event; true if it ended the last open channel of its group. */
    private boolean channelEnded(int channel, RuntimeEvent event, int superstep) throws OperatorFailure {
        if (deserializers[channel].hasPartialRecord()) {
            throw new IllegalStateException("channel " + channel + " of " + nameWithSubtask + " ended in the middle of a record");
        }
        if (event instanceof EndOfSuperstepEvent end) {
            if (!dynamicChannel[channel] || end.superstep() != superstep) {
                throw new IllegalStateException(nameWithSubtask + " received " + event + " on channel " + channel
                        + " in superstep " + superstep);
            }
        } else if (!(event instanceof EndOfPartitionEvent)) {
            throw new IllegalStateException(nameWithSubtask + " received an unsupported event: " + event);
        } else if (channelEnded[channel] || dynamicChannel[channel]) {
            throw new IllegalStateException("channel " + channel + " of " + nameWithSubtask + " ended twice"
                    + (dynamicChannel[channel] ? " or inside a loop" : ""));
        } else {
            channelEnded[channel] = true;
        }
        int group = gate.groupOf(channel);
        if (--openChannelsInGroup[group] == 0 && !replayPending[group]) {
            endGroup(group);
            return true;
        }
        return false;
    }

    private void endGroup(int group) throws OperatorFailure {
        groupOpen[group] = false;
        chain.networkInputEnded(groupOperator[group], groupInput[group]);
    }

    /**
     * The first group whose records are to be replayed now, or -1. A replay waits while its operator
     * prefers another of its inputs that is still open on the network, such as a function's
     * broadcast set: delivered before it, the records would only be held back in the operator until
     * the set is complete (k-means' million points, as objects). The gate is read meanwhile, so
     * nothing upstream waits for the replay.
     */
    private int firstPendingReplay() {
        for (int g = 0; g < replayPending.length; g++) {
            if (replayPending[g] && !waitsForNetworkInput(g)) {
                return g;
            }
        }
        return -1;
    }

    /** Whether the operator of replay group {@code group} prefers an input read from the network and not ended yet. */
    private boolean waitsForNetworkInput(int group) {
        int operator = groupOperator[group];
        int preferred = chain.operator(operator).nextInput();
        if (preferred < 0 || preferred == groupInput[group]) {
            return false;
        }
        for (int g = 0; g < groupOperator.length; g++) {
            if (groupOperator[g] == operator && groupInput[g] == preferred && groupOpen[g] && !replayPending[g]
                    && openChannelsInGroup[g] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Delivers a group's fed-back or cached records; true if that ended the group for this superstep. */
    private boolean replay(int group) throws Exception {
        replayPending[group] = false;
        Iterator<Object> records = group == headGroup ? loop.feedback().replay() : invariantCache[group].iterator();
        Output<Object> target = groupTargets[group];
        while (records.hasNext()) {
            target.collect(records.next());
        }
        if (openChannelsInGroup[group] == 0) {
            endGroup(group);
            return true;
        }
        return false;
    }

    private int preferredGroup() {
        if (networkOperator < 0) {
            return -1;
        }
        return openGroupOf(chain.operator(networkOperator).nextInput());
    }

    /**
     * The group the network operator requires to be read exclusively, or -1. Only the operator that
     * reads every network input can require one: with several network operators, stalling a group for
     * one of them would stall the others, which did not ask for it.
     */
    private int requiredGroup() {
        if (networkOperator < 0) {
            return -1;
        }
        return openGroupOf(chain.operator(networkOperator).requiredInput());
    }

    /** The gate group of the network operator's input, if it is read from the network and not ended; else -1. */
    private int openGroupOf(int input) {
        if (input < 0 || input >= groupOfNetworkOperatorInput.length) {
            return -1;
        }
        int group = groupOfNetworkOperatorInput[input];
        return group >= 0 && groupOpen[group] ? group : -1;
    }

    // ---- loops --------------------------------------------------------------------------------

    /**
     * Runs superstep after superstep until the loop's coordinator says stop: reads the superstep's
     * inputs, ends the superstep on every edge inside the loop, reports and waits for the decision,
     * then prepares the chain for the next one. The head task finally writes the last fed-back
     * records to the loop's result edges.
     */
    private void runSupersteps() throws Exception {
        if (gate == null) {
            throw new IllegalStateException(nameWithSubtask + " runs in loop '" + loop.spec().name()
                    + "' but has no input");
        }
        prepareInvariantCaches();
        int superstep = iterationContext.superstep();
        while (true) {
            readInputs(superstep);
            checkCancelled();
            chain.checkAllFinished();
            EndOfSuperstepEvent end = new EndOfSuperstepEvent(superstep);
            for (RecordWriter<Object> writer : loopWriters) {
                writer.broadcastEvent(end);
            }
            if (loop.spec().tailVertex() == descriptor.vertex().id()) {
                // every head upstream has finished replaying this superstep: the tail hands over now,
                // before any head can start the next one
                loop.feedback().swap();
            }
            IterationCoordinator.Decision decision = loop.coordinator().superstepFinished(iterationContext.report());
            if (decision.terminate()) {
                break;
            }
            superstep = decision.superstep();
            iterationContext.startSuperstep(decision);
            for (int g = 0; g < groupOpen.length; g++) {
                boolean kept = g != headGroup && invariantCache[g] == null && dynamicChannelsInGroup[g] == 0;
                openChannelsInGroup[g] = dynamicChannelsInGroup[g];
                replayPending[g] = g == headGroup || invariantCache[g] != null;
                groupOpen[g] = !kept;
            }
            chain.startSuperstep(superstep, (op, input) -> {
                int group = groupOfOperatorInput(op, input);
                return group >= 0 && !groupOpen[group];
            });
        }
        if (loop.spec().resultVertex() == descriptor.vertex().id()) {
            Iterator<Object> result = loop.spec().isDelta() ? loop.solutionSet().entries() : loop.feedback().replay();
            while (result.hasNext()) {
                Object record = result.next();
                for (RecordWriter<Object> writer : resultWriters) {
                    writer.emit(record);
                }
            }
        }
    }

    /**
     * Loop-invariant input (from outside the loop) is cached in the first superstep to be replayed
     * in the others, unless the operator keeps it itself (a hash table built once) or it is the
     * head's initial input (replaced by the fed-back records).
     */
    @SuppressWarnings("unchecked")
    private void prepareInvariantCaches() {
        int pageSize = descriptor.memoryManager().getPageSize();
        for (int g = 0; g < groupOpen.length; g++) {
            if (g == headGroup || dynamicChannelsInGroup[g] == openChannelsInGroup[g]) {
                continue;
            }
            if (dynamicChannelsInGroup[g] == 0 && chain.keepsInput(groupOperator[g], groupInput[g])) {
                continue;
            }
            TypeSerializer<Object> serializer = null;
            for (int c = 0; c < channelSerializers.length; c++) {
                if (gate.groupOf(c) == g) {
                    serializer = channelSerializers[c];
                }
            }
            invariantCache[g] = ResettableRecordBuffer.onHeap(descriptor.ioManager(), serializer, pageSize,
                    FeedbackChannel.DEFAULT_PAGES);
        }
    }

    private int groupOfOperatorInput(int op, int input) {
        for (int g = 0; g < groupOperator.length; g++) {
            if (groupOperator[g] == op && groupInput[g] == input) {
                return g;
            }
        }
        return -1;
    }

    private void releaseInvariantCaches() {
        if (invariantCache == null) {
            return;
        }
        for (int g = 0; g < invariantCache.length; g++) {
            if (invariantCache[g] != null) {
                invariantCache[g].close();
                invariantCache[g] = null;
            }
        }
    }

    // ---- end ----------------------------------------------------------------------------------

    private void checkCancelled() throws TaskCancelledException {
        if (cancelled) {
            throw new TaskCancelledException(nameWithSubtask);
        }
    }

    private void releaseExchanges() {
        for (RecordWriter<Object> writer : writers) {
            writer.discard();
        }
        for (TaskDescriptor.OutputDescriptor output : descriptor.outputs()) {
            output.partition().release();
        }
        if (deserializers != null) {
            for (RecordDeserializer deserializer : deserializers) {
                deserializer.clear();
            }
        }
        if (gate != null) {
            gate.releaseAll();
        } else {
            for (TaskDescriptor.InputChannelDescriptor input : descriptor.inputs()) {
                input.channel().release();
            }
        }
    }

    private Throwable describe(Throwable failure) {
        if (cancelled) {
            TaskCancelledException cancellation = new TaskCancelledException(nameWithSubtask);
            if (!(failure instanceof TaskCancelledException)) {
                cancellation.addSuppressed(failure);
            }
            return cancellation;
        }
        if (failure instanceof OperatorFailure f) {
            ChainedOperator spec = descriptor.vertex().operators().get(f.operatorIndex());
            Throwable cause = f.getCause();
            StringBuilder message = new StringBuilder("Operator '").append(spec.name()).append('\'');
            if (spec.userFunctionClass() != null) {
                message.append(" (function ").append(spec.userFunctionClass()).append(')');
            }
            message.append(" failed in ").append(nameWithSubtask).append(": ").append(cause);
            TaskException exception = new TaskException(message.toString(), cause, spec.name(), spec.userFunctionClass());
            for (Throwable suppressed : f.getSuppressed()) {
                exception.addSuppressed(suppressed);
            }
            return exception;
        }
        return new TaskException(nameWithSubtask + " failed: " + failure, failure);
    }
}

package io.eddy.exec;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.RichFunction;
import io.eddy.runtime.memory.MemoryAllocationException;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.SerializedInput;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.operator.SuperstepAware;
import io.eddy.runtime.sort.ExternalRecordSorter;
import io.eddy.runtime.sort.PresortedRecordBuffer;
import io.eddy.runtime.sort.RecordSorter;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every driver: the part of running a user function that does not depend on the strategy.
 *
 * <ul>
 *   <li><b>Broadcast sets.</b> Inputs {@code numRegularInputs ..} carry broadcast sets. Their records
 *       are collected into lists; the user function is opened only after every broadcast input has
 *       ended, because {@code open} typically reads them. Regular records (and regular
 *       {@code endInput}s) that arrive earlier are buffered in arrival order and replayed right
 *       after {@code open}. Without broadcast inputs the function opens in {@link #open}.</li>
 *   <li><b>Rich functions.</b> {@code setRuntimeContext} in {@link #open}, {@code open(parameters)}
 *       as above, {@code close()} exactly once from {@link #close} if {@code open} succeeded, also
 *       after a failure.</li>
 *   <li><b>Object reuse.</b> With {@link OperatorContext#isObjectReuseEnabled()} the caller may
 *       overwrite a record after {@code processRecord} returns, so everything a driver keeps goes
 *       through {@link #keep}, which copies with the input's serializer.</li>
 *   <li><b>Output failures.</b> Checked exceptions of the output thrown inside user code arrive as
 *       {@link OutputFailedException}; the public methods rethrow the original.</li>
 * </ul>
 *
 * <p>Records as bytes: a driver that sorts a regular input names its sorter in
 * {@link #sorterTakingBytes}; where the sorter can take records serialized, records from the network
 * go into it as the bytes they arrived in, without becoming objects. Only while the function is
 * open: records buffered until the broadcast sets arrive are objects.
 *
 * Subclasses implement {@link #process}, {@link #endRegularInput} and, if they hold resources,
 * {@link #closeDriver}. All methods run on the task thread unless a subclass documents otherwise.
 *
 * @param <F> the user function type
 * @param <OUT> the output record type
 */
public abstract class UdfDriver<F extends Function, OUT> implements Operator<OUT>, SerializedInput, SuperstepAware {

    private static final Logger LOG = LoggerFactory.getLogger(UdfDriver.class);

    protected final DriverConfig config;
    /** The user function; null for drivers without one. */
    protected final F function;
    protected final int numRegularInputs;

    protected OperatorContext context;
    protected Output<OUT> output;
    protected Collector<OUT> collector;
    protected boolean objectReuse;

    private TypeSerializer<Object>[] serializers;
    private List<Object>[] broadcastRecords;
    private int openBroadcastInputs;
    private boolean[] broadcastEnded;
    private DriverRuntimeContext runtimeContext;

    /** True once the user function is open and regular records go straight to {@link #process}. */
    private boolean running;
    private boolean functionOpened;
    private boolean closed;

    /**
     * Per regular input, the records that came before the broadcast sets were complete, serialized
     * into a few heap pages and spilled past them (an input may arrive whole before a slow broadcast
     * set; kept as objects it would not fit the heap); null while nothing waits.
     */
    private ResettableRecordBuffer[] pendingRecords;
    private List<Integer> pendingEnds;

    /** Heap pages per input of {@link #pendingRecords}, of the managed page size; the file takes the rest. */
    private static final int PENDING_PAGES = 8;

    /**
     * @param functionType the function interface the driver calls, or null for drivers without one
     */
    protected UdfDriver(DriverConfig config, Class<F> functionType) {
        this.config = config;
        this.function = functionType == null ? null : config.functionAs(functionType, getClass().getSimpleName());
        this.numRegularInputs = config.numRegularInputs();
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void open(OperatorContext context, Output<OUT> output) throws Exception {
        this.context = context;
        this.output = output;
        this.collector = new OutputCollector<>(output);
        this.objectReuse = context.isObjectReuseEnabled();
        int numInputs = config.numInputs();
        serializers = new TypeSerializer[numInputs];
        for (int i = 0; i < numInputs; i++) {
            serializers[i] = (TypeSerializer<Object>) config.inputSerializers().get(i).duplicate();
        }
        List<String> names = config.broadcastInputNames();
        broadcastRecords = new List[names.size()];
        Map<String, List<Object>> broadcastSets = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            broadcastRecords[i] = new ArrayList<>();
            broadcastSets.put(names.get(i), broadcastRecords[i]);
        }
        openBroadcastInputs = names.size();
        broadcastEnded = new boolean[names.size()];
        runtimeContext = context.getIteration() == null
                ? new DriverRuntimeContext(context, config.executionConfig(), broadcastSets)
                : new IterationDriverRuntimeContext(context, config.executionConfig(), broadcastSets);
        if (function instanceof RichFunction rich) {
            rich.setRuntimeContext(runtimeContext);
        }
        setup();
        awaitBroadcastSetsOrStart();
    }

    private void awaitBroadcastSetsOrStart() throws Exception {
        if (openBroadcastInputs == 0) {
            startUserFunction();
        } else {
            pendingRecords = new ResettableRecordBuffer[numRegularInputs];
            pendingEnds = new ArrayList<>(2);
        }
    }

    /**
     * Between two supersteps of a loop, as Flink does: the user function is closed after each
     * superstep and opened again before the next, once that superstep's broadcast sets (re-read
     * every superstep) are complete; the driver drops its per-superstep state and memory
     * ({@link #closeDriver()}) and sets up again ({@link #setup()}).
     */
    @Override
    public void startSuperstep(int superstep) throws Exception {
        if (functionOpened) {
            functionOpened = false;
            ((RichFunction) function).close();
        }
        running = false;
        resetForSuperstep();
        for (int i = 0; i < broadcastRecords.length; i++) {
            broadcastRecords[i].clear();
            broadcastEnded[i] = false;
        }
        openBroadcastInputs = broadcastRecords.length;
        awaitBroadcastSetsOrStart();
    }

    /**
     * Drops what belonged to the previous superstep before the next one starts. By default the
     * driver starts over: {@link #closeDriver()} then {@link #setup()}. A driver that keeps
     * loop-invariant state (a cached hash table) resets only the rest.
     */
    protected void resetForSuperstep() throws Exception {
        closeDriver();
        setup();
    }

    @Override
    public final void processRecord(int input, Object record) throws Exception {
        if (running && input < numRegularInputs) {
            try {
                process(input, record);
            } catch (OutputFailedException e) {
                throw e.getOriginal();
            }
        } else {
            processRecordAside(input, record);
        }
    }

    /** A record that is not for {@link #process} now: a broadcast input's, or one that waits for the broadcast sets. */
    private void processRecordAside(int input, Object record) throws Exception {
        if (input >= numRegularInputs) {
            if (running || input >= serializers.length) {
                throw new IllegalStateException("record on input " + input + " of " + context.getOperatorName()
                        + ", which is not an open broadcast input");
            }
            broadcastRecords[input - numRegularInputs].add(keep(input, record));
        } else {
            if (pendingRecords[input] == null) {
                pendingRecords[input] = ResettableRecordBuffer.onHeap(context.getIOManager(), serializers[input],
                        context.getPageSize(), PENDING_PAGES);
            }
            // serialized at once: no copy needed under object reuse
            pendingRecords[input].add(record);
        }
    }

    @Override
    public final boolean acceptsSerialized(int input) {
        return running && input < numRegularInputs && acceptsSerializedRecords(input);
    }

    @Override
    public final void processSerialized(int input, DataInputView record, int length) throws Exception {
        processSerializedRecord(input, record, length);
    }

    /** Whether the next records of regular input {@code input} may come as bytes: by default, if its {@link #sorterTakingBytes} can take them. */
    protected boolean acceptsSerializedRecords(int input) {
        RecordSorter sorter = sorterTakingBytes(input);
        return sorter != null && sorter.supportsSerializedAdd();
    }

    /** Handles a record of a regular input as bytes, while {@link #acceptsSerializedRecords} says so: by default into the sorter. */
    protected void processSerializedRecord(int input, DataInputView record, int length) throws Exception {
        sorterTakingBytes(input).addSerialized(record, length);
    }

    /**
     * The sorter that every record of regular input {@code input} goes into as it arrives, untouched
     * by any function, and that never fills up; or null (the default), and records arrive as objects.
     */
    protected RecordSorter sorterTakingBytes(int input) {
        return null;
    }

    @Override
    public final void endInput(int input) throws Exception {
        try {
            if (input >= numRegularInputs) {
                if (broadcastEnded[input - numRegularInputs]) {
                    throw new IllegalStateException("broadcast input " + input + " of " + context.getOperatorName() + " ended twice");
                }
                broadcastEnded[input - numRegularInputs] = true;
                if (--openBroadcastInputs == 0) {
                    startUserFunction();
                }
            } else if (running) {
                endRegularInput(input);
            } else {
                pendingEnds.add(input);
            }
        } catch (OutputFailedException e) {
            throw e.getOriginal();
        }
    }

    /**
     * Asks for the broadcast inputs first, since nothing else can be processed before they are
     * complete; then whatever {@link #preferredInput()} says.
     */
    @Override
    public final int nextInput() {
        if (openBroadcastInputs > 0) {
            for (int i = 0; i < broadcastEnded.length; i++) {
                if (!broadcastEnded[i]) {
                    return numRegularInputs + i;
                }
            }
        }
        return preferredInput();
    }

    /** The regular input the driver would rather read next, once the broadcast sets are complete. */
    protected int preferredInput() {
        return InputSelection.ANY;
    }

    private void startUserFunction() throws Exception {
        if (function instanceof RichFunction rich) {
            rich.open(config.parameters());
            functionOpened = true;
        }
        userFunctionOpened();
        running = true;
        if (pendingRecords != null) {
            ResettableRecordBuffer[] buffers = pendingRecords;
            pendingRecords = null;
            try {
                for (int input = 0; input < buffers.length; input++) {
                    if (buffers[input] != null) {
                        // each record a new object: the function may keep it
                        for (Iterator<Object> it = buffers[input].iterator(); it.hasNext(); ) {
                            process(input, it.next());
                        }
                        buffers[input].close();
                        buffers[input] = null;
                    }
                }
                for (int input : pendingEnds) {
                    endRegularInput(input);
                }
            } catch (OutputFailedException e) {
                throw e.getOriginal();
            } finally {
                closePending(buffers);
            }
            pendingEnds = null;
        }
    }

    @Override
    public final void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        Throwable failure = null;
        try {
            closeDriver();
        } catch (Throwable t) {
            failure = t;
        }
        if (functionOpened) {
            try {
                ((RichFunction) function).close();
            } catch (Throwable t) {
                failure = addFailure(failure, t);
            }
        }
        if (runtimeContext != null) {
            try {
                runtimeContext.mergePendingAccumulators();
            } catch (Throwable t) {
                failure = addFailure(failure, t);
            }
        }
        closePending(pendingRecords);
        pendingRecords = null;
        broadcastRecords = null;
        if (failure instanceof Exception e) {
            throw e;
        } else if (failure != null) {
            throw (Error) failure;
        }
    }

    /** Deletes the spill files of the buffers of records that waited for the broadcast sets. */
    private static void closePending(ResettableRecordBuffer[] buffers) {
        if (buffers != null) {
            for (int i = 0; i < buffers.length; i++) {
                if (buffers[i] != null) {
                    buffers[i].close();
                    buffers[i] = null;
                }
            }
        }
    }

    private static Throwable addFailure(Throwable first, Throwable next) {
        if (first == null) {
            return next;
        }
        if (first != next) {
            first.addSuppressed(next);
        }
        LOG.debug("Further failure while closing a driver", next);
        return first;
    }

    /** A copy of {@code record} if the caller may overwrite it (object reuse), else the record itself. */
    protected final Object keep(int input, Object record) {
        return objectReuse ? serializers[input].copy(record) : record;
    }

    /** This driver's own (duplicated) serializer of {@code input}. */
    protected final TypeSerializer<Object> serializer(int input) {
        return serializers[input];
    }

    /** Called at the end of {@link #open}, before the user function is opened; allocates structures. */
    protected void setup() throws Exception {}

    /**
     * Allocates this operator's whole share of managed memory, failing with a message that says what
     * to configure if the share is below {@code minPages}.
     */
    protected final List<MemorySegment> allocateManagedMemory(int minPages) throws MemoryAllocationException {
        int pages = context.getManagedMemoryPages();
        if (pages < minPages) {
            throw new MemoryAllocationException("Operator '" + context.getOperatorName() + "' needs at least " + minPages
                    + " pages of managed memory but its share is " + pages + " pages; raise "
                    + "taskmanager.memory.managed.size or lower the parallelism");
        }
        return context.allocateManagedMemory(pages);
    }

    /**
     * What collects regular input {@code input} in {@code order} within {@code memory}: an
     * {@link ExternalRecordSorter}, or, where the plan says the input arrives in that order already, a
     * {@link PresortedRecordBuffer} that keeps it as it is.
     */
    protected final RecordSorter sortingBuffer(int input, List<MemorySegment> memory, TypeComparator<Object> order) {
        return config.isPresorted(input)
                ? new PresortedRecordBuffer(context, memory, serializer(input), order)
                : new ExternalRecordSorter(context, memory, serializer(input), order);
    }

    /** Called right after the user function was opened, before the first record is processed. */
    protected void userFunctionOpened() throws Exception {}

    /** Handles one record of a regular input; the user function is open. */
    protected abstract void process(int input, Object record) throws Exception;

    /** Handles the end of a regular input; the user function is open. */
    protected abstract void endRegularInput(int input) throws Exception;

    /**
     * Releases what the driver holds (threads, tables, buffers). Called once from {@link #close},
     * before the user function is closed, also after failures and when {@link #open} failed halfway.
     */
    protected void closeDriver() throws Exception {}

    /** Whether every regular input in {@code ended} is true; a small helper for two-input drivers. */
    protected static boolean allEnded(boolean[] ended) {
        for (boolean b : ended) {
            if (!b) {
                return false;
            }
        }
        return true;
    }
}

package io.eddy.api;

import io.eddy.api.fs.Path;
import io.eddy.api.io.CollectionInputFormat;
import io.eddy.api.io.CsvReader;
import io.eddy.api.io.FileInputFormat;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.IteratorInputFormat;
import io.eddy.api.io.ParallelIteratorInputFormat;
import io.eddy.api.io.TextInputFormat;
import io.eddy.api.operators.DataSink;
import io.eddy.api.operators.DataSource;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.api.util.NumberSequenceIterator;
import io.eddy.api.util.SplittableIterator;
import io.eddy.api.execution.PlanExecutor;
import io.eddy.plan.LogicalPlan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context a DataSet program runs in: it creates data sources, holds the execution config and
 * the program's sinks, and runs the program with {@link #execute()}. As in Flink,
 * {@link #getExecutionEnvironment()} returns the environment fitting where the program was started:
 * an embedded local cluster when run directly, or whatever the {@code eddy} command line installed.
 */
public abstract class ExecutionEnvironment {

    /**
     * Static, as in Flink: logging starts when the environment class loads (binding SLF4J scans the
     * class path), not in the middle of the first program's type extraction.
     */
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionEnvironment.class);

    private final java.util.List<io.eddy.api.execution.JobListener> jobListeners = new java.util.ArrayList<>();
    private static ExecutionEnvironmentFactory contextEnvironmentFactory;

    /** The environment for where the program was started; see the class docs. */
    public static ExecutionEnvironment getExecutionEnvironment() {
        ExecutionEnvironmentFactory factory = contextEnvironmentFactory;
        return factory != null ? factory.createExecutionEnvironment() : createLocalEnvironment();
    }

    /** A local environment whose parallelism is the number of available cores. */
    public static LocalEnvironment createLocalEnvironment() {
        return new LocalEnvironment();
    }

    /** A local environment with the given default parallelism. */
    public static LocalEnvironment createLocalEnvironment(int parallelism) {
        LocalEnvironment env = new LocalEnvironment();
        env.setParallelism(parallelism);
        return env;
    }

    /** A local environment whose embedded cluster is configured by {@code customConfiguration}. */
    public static LocalEnvironment createLocalEnvironment(io.eddy.api.configuration.Configuration customConfiguration) {
        return new LocalEnvironment(customConfiguration);
    }

    /** An environment submitting to the standalone cluster's JobManager at {@code host:port}, shipping {@code jarFiles}. */
    public static ExecutionEnvironment createRemoteEnvironment(String host, int port, String... jarFiles) {
        return new RemoteEnvironment(host, port, jarFiles);
    }

    /** As {@link #createRemoteEnvironment(String, int, String...)} with a client configuration. */
    public static ExecutionEnvironment createRemoteEnvironment(String host, int port,
                                                               io.eddy.api.configuration.Configuration clientConfiguration,
                                                               String... jarFiles) {
        return new RemoteEnvironment(host, port, clientConfiguration, jarFiles);
    }

    /** As {@link #createRemoteEnvironment(String, int, String...)} with a default parallelism. */
    public static ExecutionEnvironment createRemoteEnvironment(String host, int port, int parallelism, String... jarFiles) {
        RemoteEnvironment env = new RemoteEnvironment(host, port, jarFiles);
        env.setParallelism(parallelism);
        return env;
    }

    /**
     * Removes {@code f}'s unused reference to its enclosing instance (see {@link ClosureCleaner}) unless
     * closure cleaning is disabled in the {@link ExecutionConfig}; returns {@code f}.
     */
    public <F> F clean(F f) {
        return getConfig().isClosureCleanerEnabled() ? ClosureCleaner.clean(f) : f;
    }

    /** Installs the factory behind {@link #getExecutionEnvironment()}; used by the command line. */
    public static void initializeContextEnvironment(ExecutionEnvironmentFactory factory) {
        contextEnvironmentFactory = factory;
    }

    /** Removes the factory installed by {@link #initializeContextEnvironment}. */
    public static void resetContextEnvironment() {
        contextEnvironmentFactory = null;
    }

    private final ExecutionConfig config = new ExecutionConfig();
    private final List<DataSink<?>> sinks = new ArrayList<>();
    private JobExecutionResult lastJobExecutionResult;

    public ExecutionConfig getConfig() {
        return config;
    }

    public int getParallelism() {
        return config.getParallelism();
    }

    public void setParallelism(int parallelism) {
        config.setParallelism(parallelism);
    }

    /** Registers a type with the serialization stack (as a POJO if it is one, else with Kryo). */
    public void registerType(Class<?> type) {
        if (TypeExtractor.getForClass(type) instanceof io.eddy.api.typeutils.PojoTypeInfo) {
            config.registerPojoType(type);
        } else {
            config.registerKryoType(type);
        }
    }

    /** Registers a listener told when each job of this environment is submitted and has ended, as in Flink. */
    public void registerJobListener(io.eddy.api.execution.JobListener listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        jobListeners.add(listener);
    }

    /** Removes every registered {@link io.eddy.api.execution.JobListener}. */
    public void clearJobListeners() {
        jobListeners.clear();
    }

    /** The registered job listeners, for executors. */
    protected java.util.List<io.eddy.api.execution.JobListener> getJobListeners() {
        return java.util.List.copyOf(jobListeners);
    }

    public JobExecutionResult getLastJobExecutionResult() {
        return lastJobExecutionResult;
    }

    protected void setLastJobExecutionResult(JobExecutionResult result) {
        this.lastJobExecutionResult = result;
    }

    // ---------------------------------------------------------------------------------------------
    //  sources
    // ---------------------------------------------------------------------------------------------

    /** Reads a text file (or every file of a directory) line by line, as UTF-8. */
    public DataSource<String> readTextFile(String filePath) {
        checkPath(filePath);
        return new DataSource<>(this, new TextInputFormat(new Path(filePath)), BasicTypeInfo.STRING_TYPE_INFO,
                CallSites.describe("readTextFile"));
    }

    public DataSource<String> readTextFile(String filePath, String charsetName) {
        checkPath(filePath);
        TextInputFormat format = new TextInputFormat(new Path(filePath));
        format.setCharsetName(charsetName);
        return new DataSource<>(this, format, BasicTypeInfo.STRING_TYPE_INFO, CallSites.describe("readTextFile"));
    }

    /** Starts reading a CSV file; the returned reader is configured and then typed. */
    public CsvReader readCsvFile(String filePath) {
        checkPath(filePath);
        return new CsvReader(new Path(filePath), this);
    }

    public <X> DataSource<X> readFile(FileInputFormat<X> inputFormat, String filePath) {
        checkPath(filePath);
        inputFormat.setFilePath(filePath);
        return createInput(inputFormat, TypeExtractor.getInputFormatTypes(inputFormat));
    }

    public <X> DataSource<X> createInput(InputFormat<X, ?> inputFormat) {
        if (inputFormat == null) {
            throw new IllegalArgumentException("InputFormat must not be null.");
        }
        return createInput(inputFormat, TypeExtractor.getInputFormatTypes(inputFormat));
    }

    public <X> DataSource<X> createInput(InputFormat<X, ?> inputFormat, TypeInformation<X> producedType) {
        if (inputFormat == null) {
            throw new IllegalArgumentException("InputFormat must not be null.");
        }
        if (producedType == null) {
            throw new IllegalArgumentException("Produced type information must not be null.");
        }
        return new DataSource<>(this, inputFormat, producedType, CallSites.describe("createInput"));
    }

    /** A data set of the given elements, read by one instance. All elements must share a type. */
    @SafeVarargs
    public final <X> DataSource<X> fromElements(X... data) {
        if (data == null) {
            throw new IllegalArgumentException("The data must not be null.");
        }
        if (data.length == 0) {
            throw new IllegalArgumentException("The number of elements must not be zero.");
        }
        TypeInformation<X> type;
        try {
            type = TypeExtractor.getForObject(data[0]);
        } catch (Exception e) {
            throw new RuntimeException("Could not create TypeInformation for type " + data[0].getClass().getName()
                    + "; please specify the TypeInformation manually via ExecutionEnvironment#fromElements(Class, ...).", e);
        }
        Class<?> first = data[0].getClass();
        for (X element : data) {
            if (element == null) {
                throw new IllegalArgumentException("The collection must not contain null elements.");
            }
            if (element.getClass() != first && !type.getTypeClass().isAssignableFrom(element.getClass())) {
                throw new IllegalArgumentException("The elements in the collection are not all of type "
                        + first.getName() + "; use fromElements(Class, ...) with a common super type.");
            }
        }
        return fromCollection(Arrays.asList(data), type, CallSites.describe("fromElements"));
    }

    /** A data set of the given elements, typed as {@code type} (a common super type of them all). */
    @SafeVarargs
    public final <X> DataSource<X> fromElements(Class<X> type, X... data) {
        if (data == null || data.length == 0) {
            throw new IllegalArgumentException("The number of elements must not be zero.");
        }
        for (X element : data) {
            if (!type.isInstance(element)) {
                throw new IllegalArgumentException("The elements in the collection are not all subclasses of " + type.getName());
            }
        }
        return fromCollection(Arrays.asList(data), TypeExtractor.getForClass(type), CallSites.describe("fromElements"));
    }

    public <X> DataSource<X> fromCollection(Collection<X> data) {
        if (data == null) {
            throw new NullPointerException("The data must not be null.");
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("The size of the collection must not be empty.");
        }
        X first = data.iterator().next();
        if (first == null) {
            throw new IllegalArgumentException("The collection must not contain null elements.");
        }
        return fromCollection(data, TypeExtractor.getForObject(first), CallSites.describe("fromCollection"));
    }

    public <X> DataSource<X> fromCollection(Collection<X> data, TypeInformation<X> type) {
        return fromCollection(data, type, CallSites.describe("fromCollection"));
    }

    private <X> DataSource<X> fromCollection(Collection<X> data, TypeInformation<X> type, String callLocation) {
        CollectionInputFormat<X> format = new CollectionInputFormat<>(data, type.createSerializer(config));
        return new DataSource<>(this, format, type, callLocation);
    }

    /** A data set read from a serializable iterator by one instance. */
    public <X> DataSource<X> fromCollection(Iterator<X> data, Class<X> type) {
        return fromCollection(data, TypeExtractor.getForClass(type));
    }

    public <X> DataSource<X> fromCollection(Iterator<X> data, TypeInformation<X> type) {
        if (!(data instanceof Serializable)) {
            throw new IllegalArgumentException("The iterator must be serializable.");
        }
        return new DataSource<>(this, new IteratorInputFormat<>(data), type, CallSites.describe("fromCollection"));
    }

    /** A data set read in parallel from a splittable iterator. */
    public <X> DataSource<X> fromParallelCollection(SplittableIterator<X> iterator, Class<X> type) {
        return fromParallelCollection(iterator, TypeExtractor.getForClass(type));
    }

    public <X> DataSource<X> fromParallelCollection(SplittableIterator<X> iterator, TypeInformation<X> type) {
        return new DataSource<>(this, new ParallelIteratorInputFormat<>(iterator), type,
                CallSites.describe("fromParallelCollection"));
    }

    /** The numbers from {@code from} to {@code to}, both included, generated in parallel. */
    public DataSource<Long> generateSequence(long from, long to) {
        return new DataSource<>(this, new ParallelIteratorInputFormat<>(new NumberSequenceIterator(from, to)),
                BasicTypeInfo.LONG_TYPE_INFO, CallSites.describe("generateSequence"));
    }

    private static void checkPath(String filePath) {
        if (filePath == null) {
            throw new NullPointerException("The file path must not be null.");
        }
    }

    // ---------------------------------------------------------------------------------------------
    //  execution
    // ---------------------------------------------------------------------------------------------

    /** Adds a sink to the program; DataSet's output methods call this. */
    public void registerDataSink(DataSink<?> sink) {
        sinks.add(sink);
    }

    public JobExecutionResult execute() throws Exception {
        return execute(null);
    }

    /** Runs every sink defined so far as one job and returns its result. */
    public abstract JobExecutionResult execute(String jobName) throws Exception;

    /** The plan of the sinks defined so far, as JSON, without running it. */
    public String getExecutionPlan() throws Exception {
        return PlanExecutor.load("local").explain(createProgramPlan(null, false));
    }

    /**
     * Translates the sinks defined so far into a plan; with {@code clearSinks} they are removed, so
     * the next {@code execute()} runs only sinks defined after this one, as in Flink.
     */
    public LogicalPlan createProgramPlan(String jobName, boolean clearSinks) {
        if (sinks.isEmpty()) {
            throw new IllegalStateException("No data sinks have been created yet. A program needs at least one sink "
                    + "that consumes data. Examples are writing the data set or printing it.");
        }
        String name = jobName != null ? jobName : "Eddy Java Job at " + java.time.LocalDateTime.now();
        int defaultParallelism = getParallelism() > 0 ? getParallelism() : Runtime.getRuntime().availableProcessors();
        LogicalPlan plan = new LogicalPlan(name, config, defaultParallelism);
        for (DataSink<?> sink : sinks) {
            sink.translateToPlan(plan);
        }
        LOG.debug("Translated {} sink(s) into the plan of '{}' (default parallelism {})", sinks.size(), name, defaultParallelism);
        if (clearSinks) {
            sinks.clear();
        }
        return plan;
    }
}

package io.eddy.api;

import com.esotericsoftware.kryo.Serializer;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Settings of one program's execution, as in Flink: default parallelism, object reuse, global job
 * parameters and the Kryo registrations used for types without a specialized serializer.
 */
public class ExecutionConfig implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The parallelism value meaning "use the environment's default". */
    public static final int PARALLELISM_DEFAULT = -1;

    private int parallelism = PARALLELISM_DEFAULT;
    private boolean objectReuse;
    private boolean closureCleaner = true;
    private boolean forceKryo;
    private boolean genericTypesDisabled;
    private ExecutionMode executionMode = ExecutionMode.PIPELINED;
    private GlobalJobParameters globalJobParameters = new GlobalJobParameters();
    private final Set<Class<?>> registeredKryoTypes = new LinkedHashSet<>();
    private final Set<Class<?>> registeredPojoTypes = new LinkedHashSet<>();
    private final Map<Class<?>, Class<? extends Serializer<?>>> registeredTypesWithKryoSerializers = new LinkedHashMap<>();
    private final Map<Class<?>, Class<? extends Serializer<?>>> defaultKryoSerializers = new LinkedHashMap<>();

    public int getParallelism() {
        return parallelism;
    }

    public ExecutionConfig setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("Parallelism must be at least one, or PARALLELISM_DEFAULT: " + parallelism);
        }
        this.parallelism = parallelism;
        return this;
    }

    /** Lets operators hand the same record objects on instead of copies; see Flink's caveats. */
    public ExecutionConfig enableObjectReuse() {
        objectReuse = true;
        return this;
    }

    public ExecutionConfig disableObjectReuse() {
        objectReuse = false;
        return this;
    }

    public boolean isObjectReuseEnabled() {
        return objectReuse;
    }

    /** Kept for Flink compatibility: Eddy never modifies user function objects. */
    public ExecutionConfig enableClosureCleaner() {
        closureCleaner = true;
        return this;
    }

    public ExecutionConfig disableClosureCleaner() {
        closureCleaner = false;
        return this;
    }

    public boolean isClosureCleanerEnabled() {
        return closureCleaner;
    }

    public ExecutionMode getExecutionMode() {
        return executionMode;
    }

    public void setExecutionMode(ExecutionMode executionMode) {
        this.executionMode = executionMode;
    }

    /** Serializes POJOs with Kryo instead of the POJO serializer. */
    public void enableForceKryo() {
        forceKryo = true;
    }

    public void disableForceKryo() {
        forceKryo = false;
    }

    public boolean isForceKryoEnabled() {
        return forceKryo;
    }

    /** Makes types that would fall back to Kryo an error, to find slow serialization early. */
    public void disableGenericTypes() {
        genericTypesDisabled = true;
    }

    public void enableGenericTypes() {
        genericTypesDisabled = false;
    }

    public boolean hasGenericTypesDisabled() {
        return genericTypesDisabled;
    }

    public GlobalJobParameters getGlobalJobParameters() {
        return globalJobParameters;
    }

    public void setGlobalJobParameters(GlobalJobParameters globalJobParameters) {
        this.globalJobParameters = globalJobParameters == null ? new GlobalJobParameters() : globalJobParameters;
    }

    public void registerKryoType(Class<?> type) {
        registeredKryoTypes.add(type);
    }

    public void registerPojoType(Class<?> type) {
        registeredPojoTypes.add(type);
    }

    public void registerTypeWithKryoSerializer(Class<?> type, Class<? extends Serializer<?>> serializerClass) {
        registeredTypesWithKryoSerializers.put(type, serializerClass);
    }

    public void addDefaultKryoSerializer(Class<?> type, Class<? extends Serializer<?>> serializerClass) {
        defaultKryoSerializers.put(type, serializerClass);
    }

    public Set<Class<?>> getRegisteredKryoTypes() {
        return Collections.unmodifiableSet(registeredKryoTypes);
    }

    public Set<Class<?>> getRegisteredPojoTypes() {
        return Collections.unmodifiableSet(registeredPojoTypes);
    }

    public Map<Class<?>, Class<? extends Serializer<?>>> getRegisteredTypesWithKryoSerializerClasses() {
        return Collections.unmodifiableMap(registeredTypesWithKryoSerializers);
    }

    public Map<Class<?>, Class<? extends Serializer<?>>> getDefaultKryoSerializerClasses() {
        return Collections.unmodifiableMap(defaultKryoSerializers);
    }

    /**
     * Parameters of the whole job that every function can read through its runtime context; user
     * programs usually pass a {@code ParameterTool}. Subclasses expose their values in
     * {@link #toMap()}.
     */
    public static class GlobalJobParameters implements Serializable {

        private static final long serialVersionUID = 1L;

        public Map<String, String> toMap() {
            return Collections.emptyMap();
        }
    }
}

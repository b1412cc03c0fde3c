package io.eddy.runtime.coordinator;

import java.util.List;

/**
 * How a TaskExecutor gets at a job's classes and graph: in the submitter's JVM, its class loader;
 * in another process, the job's jars and the serialized job graph, loaded there in a class loader
 * of the job's own.
 *
 * @param classLoader the user code class loader in this JVM, or null in another process
 * @param serializedGraph the Java-serialized job graph (for shipping), or null in this JVM
 * @param jars the job's jars as bytes, each with its file name
 * @param serializedFactories per vertex, each operator's factory serialized once when the job was
 *        validated, for a TaskExecutor in the same JVM; null where it must serialize them itself
 */
public record JobCode(ClassLoader classLoader, byte[] serializedGraph, List<Jar> jars,
                      List<List<byte[]>> serializedFactories) {

    public JobCode {
        jars = List.copyOf(jars);
    }

    public JobCode(ClassLoader classLoader, byte[] serializedGraph, List<Jar> jars) {
        this(classLoader, serializedGraph, jars, null);
    }

    /** Code already loaded in this JVM. */
    public static JobCode local(ClassLoader classLoader) {
        return new JobCode(classLoader, null, List.of());
    }

    /** This code with the factories the coordinator serialized while validating the job. */
    public JobCode withSerializedFactories(List<List<byte[]>> factories) {
        return new JobCode(classLoader, serializedGraph, jars, factories);
    }

    /** One jar of a job. */
    public record Jar(String name, byte[] content) implements java.io.Serializable {}
}

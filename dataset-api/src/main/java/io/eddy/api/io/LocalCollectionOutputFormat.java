package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the records to a collection in the client JVM, as Flink's
 * {@code LocalCollectionOutputFormat}; works only when the job runs in the same JVM (local
 * execution). The format is serialized into the job, so the target collection is registered in a
 * static table under an id and found again there; each subtask adds its records in one step when
 * it closes. With object reuse the runtime may reuse record objects, so a
 * {@link #setSerializer serializer} should be given to copy them.
 */
public class LocalCollectionOutputFormat<T> implements OutputFormat<T> {

    private static final long serialVersionUID = 1L;

    private static final Map<Integer, Collection<?>> RESULTS = new HashMap<>();
    private static int nextId;

    private final int id;
    private TypeSerializer<T> serializer;

    private transient List<T> taskResult;

    public LocalCollectionOutputFormat(Collection<T> out) {
        synchronized (RESULTS) {
            this.id = nextId++;
            RESULTS.put(id, out);
        }
    }

    /** Copies each record with this serializer before keeping it. */
    public void setSerializer(TypeSerializer<T> serializer) {
        this.serializer = serializer;
    }

    @Override
    public void configure(Configuration parameters) {}

    @Override
    public void open(int taskNumber, int numTasks) {
        taskResult = new ArrayList<>();
    }

    @Override
    public void writeRecord(T record) {
        taskResult.add(serializer == null ? record : serializer.copy(record));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void close() {
        if (taskResult == null) {
            return;
        }
        synchronized (RESULTS) {
            Collection<T> target = (Collection<T>) RESULTS.get(id);
            if (target == null) {
                throw new IllegalStateException("The result collection is not registered in this JVM; "
                        + "LocalCollectionOutputFormat only works with local execution");
            }
            target.addAll(taskResult);
        }
        taskResult = null;
    }

    /** Forgets the target collection; the format cannot be used afterwards. */
    public void release() {
        synchronized (RESULTS) {
            RESULTS.remove(id);
        }
    }
}

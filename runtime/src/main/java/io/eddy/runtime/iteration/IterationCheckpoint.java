package io.eddy.runtime.iteration;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A loop's state at the end of a superstep, written so that a restarted job continues the loop from
 * there instead of from superstep 1: per slot, the solution set partition (delta iterations) and the
 * records fed back for the next superstep (the workset or partial solution), in files of
 * length-prefixed serialized records under {@code <directory>/<job id>/loop-<id>/superstep-<n>/}, in
 * a {@link CheckpointStorage}.
 */
public final class IterationCheckpoint {

    private IterationCheckpoint() {}

    /**
     * Where a restarted loop continues.
     *
     * @param superstep the last superstep the checkpoint completed; the loop goes on with the next
     * @param aggregates the global aggregates of that superstep
     * @param directory the superstep's checkpoint directory
     * @param slot the slot whose files the task reads
     * @param feedbackSerializer the serializer of the fed-back records
     * @param solutionSetSerializer the solution set's serializer, or null for a bulk iteration
     */
    public record ResumePoint(int superstep, Map<String, Object> aggregates, String directory, int slot,
                              TypeSerializer<?> feedbackSerializer, TypeSerializer<?> solutionSetSerializer) {

        public String solutionSetFile() {
            return file(directory, slot, "solution");
        }

        public String feedbackFile() {
            return file(directory, slot, "feedback");
        }
    }

    /** The directory of one superstep's checkpoint of one loop of one job. */
    public static String superstepDirectory(String root, String jobId, int loop, int superstep) {
        return CheckpointStorage.resolve(CheckpointStorage.resolve(CheckpointStorage.resolve(root, jobId), "loop-" + loop),
                "superstep-" + superstep);
    }

    public static String file(String superstepDirectory, int slot, String kind) {
        return CheckpointStorage.resolve(superstepDirectory, "slot-" + slot + "." + kind);
    }

    /** Writes {@code records} to {@code file}, which appears complete or not at all. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static long write(String file, TypeSerializer serializer, Iterator<Object> records) throws IOException {
        CheckpointStorage storage = CheckpointStorage.forPath(file);
        String temp = file + ".inprogress";
        long count = 0;
        DataOutputSerializer record = new DataOutputSerializer(256);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(storage.create(temp), 1 << 16))) {
            while (records.hasNext()) {
                record.clear();
                serializer.serialize(records.next(), record);
                out.writeInt(record.length());
                out.write(record.getSharedBuffer(), 0, record.length());
                count++;
            }
            out.writeInt(-1);
        }
        storage.commit(temp, file);
        return count;
    }

    /** What reads a checkpoint's records. */
    @FunctionalInterface
    public interface RecordConsumer {
        void accept(Object record) throws Exception;
    }

    /** Reads every record of {@code file} into {@code consumer}, as new objects. */
    public static long read(String file, TypeSerializer<?> serializer, RecordConsumer consumer) throws Exception {
        long count = 0;
        DataInputDeserializer record = new DataInputDeserializer();
        byte[] bytes = new byte[256];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(CheckpointStorage.forPath(file).open(file), 1 << 16))) {
            for (int length = in.readInt(); length >= 0; length = in.readInt()) {
                if (length > bytes.length) {
                    bytes = new byte[Math.max(length, bytes.length * 2)];
                }
                in.readFully(bytes, 0, length);
                record.setBuffer(bytes, 0, length);
                consumer.accept(serializer.deserialize(record));
                count++;
            }
        }
        return count;
    }
}

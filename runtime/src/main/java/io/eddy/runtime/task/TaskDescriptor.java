package io.eddy.runtime.task;

import io.eddy.runtime.iteration.FeedbackChannel;
import io.eddy.runtime.iteration.SuperstepBarrier;
import io.eddy.runtime.iteration.SolutionSet;
import io.eddy.runtime.jobgraph.IterationSpec;
import io.eddy.runtime.exchange.InputChannel;
import io.eddy.runtime.exchange.ResultPartition;
import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.SpareSlotMemory;
import java.util.List;

/**
 * Everything a {@link Task} needs to run one subtask, prepared by the executor: the job and vertex,
 * the serialized operator factories (one per chained operator, each deserialized by the task itself),
 * its input channels and its output partitions.
 *
 * @param inputs every input channel of the subtask with the edge it belongs to
 * @param outputs one partition per outgoing edge of the vertex, in {@link JobGraph#outputsOf} order
 * @param inputSplitProvider the subtask's split provider, or null if the vertex has no split source
 * @param memoryManager the executor's managed memory
 * @param managedPages per chained operator, the pages of managed memory it may allocate
 * @param ioManager the executor's spill file service
 * @param iteration the loop the subtask runs in, or null
 * @param spareMemory the spare pages of the subtask's slot (see {@link SpareSlotMemory}): its operators'
 *     shares go there when it ends, and they may borrow from there; null where nothing is lent
 */
public record TaskDescriptor(JobGraph job, JobVertex vertex, int subtaskIndex, List<byte[]> serializedFactories,
                             ClassLoader userCodeClassLoader, List<InputChannelDescriptor> inputs,
                             List<OutputDescriptor> outputs, InputSplitProvider inputSplitProvider,
                             MemoryManager memoryManager, List<Integer> managedPages, IOManager ioManager,
                             LoopDescriptor iteration, SpareSlotMemory spareMemory) {

    /** A subtask outside any loop. */
    public TaskDescriptor(JobGraph job, JobVertex vertex, int subtaskIndex, List<byte[]> serializedFactories,
                          ClassLoader userCodeClassLoader, List<InputChannelDescriptor> inputs,
                          List<OutputDescriptor> outputs, InputSplitProvider inputSplitProvider,
                          MemoryManager memoryManager, List<Integer> managedPages, IOManager ioManager) {
        this(job, vertex, subtaskIndex, serializedFactories, userCodeClassLoader, inputs, outputs, inputSplitProvider,
                memoryManager, managedPages, ioManager, null, null);
    }

    public TaskDescriptor {
        serializedFactories = List.copyOf(serializedFactories);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        managedPages = List.copyOf(managedPages);
        if (serializedFactories.size() != vertex.operators().size() || managedPages.size() != vertex.operators().size()) {
            throw new IllegalArgumentException("one serialized factory and one memory share per chained operator needed");
        }
    }

    /** "Name (i/n)" with a one-based subtask number, as used for thread names and error messages. */
    public String nameWithSubtask() {
        return vertex.name() + " (" + (subtaskIndex + 1) + "/" + vertex.parallelism() + ")";
    }

    /** One input channel of the subtask and the edge it carries. */
    public record InputChannelDescriptor(JobEdge edge, InputChannel channel) {}

    /**
     * How a subtask takes part in a loop: the loop, its coordinator, the feedback channel of its slot
     * if it runs the loop's head or tail (else null), its slot's partition of a delta iteration's
     * solution set (else null), and the checkpoint the loop continues from (else null).
     */
    public record LoopDescriptor(IterationSpec spec, SuperstepBarrier coordinator, FeedbackChannel feedback,
                                 SolutionSet solutionSet, io.eddy.runtime.iteration.IterationCheckpoint.ResumePoint resume) {

        /** A loop starting at superstep 1. */
        public LoopDescriptor(IterationSpec spec, SuperstepBarrier coordinator, FeedbackChannel feedback,
                              SolutionSet solutionSet) {
            this(spec, coordinator, feedback, solutionSet, null);
        }
    }

    /** The partition this subtask writes for one outgoing edge. */
    public record OutputDescriptor(JobEdge edge, ResultPartition partition) {}
}

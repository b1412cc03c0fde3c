package io.eddy.runtime.jobgraph;

import io.eddy.runtime.io.InputSplitSource;
import java.io.Serializable;
import java.util.List;

/**
 * A unit of parallel work: a chain of operators that every one of the vertex's subtasks runs in one
 * thread, passing records between chained operators as objects.
 *
 * @param id the vertex's index in the job graph
 * @param name a readable name, e.g. "CHAIN DataSource (words.txt) -> FlatMap (tokenize)"
 * @param parallelism the number of subtasks
 * @param operators the chain in topological order: an operator only feeds operators after it
 * @param splitSource creates the input splits of the vertex's source operator, or null
 * @param masterHooks called on the master around the job's run (output commit and the like)
 */
public record JobVertex(int id, String name, int parallelism, List<ChainedOperator> operators,
                        InputSplitSource<?> splitSource, List<MasterHook> masterHooks) implements Serializable {

    public JobVertex {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism of " + name + " must be at least 1: " + parallelism);
        }
        operators = List.copyOf(operators);
        masterHooks = List.copyOf(masterHooks);
        for (int i = 0; i < operators.size(); i++) {
            for (ChainedOperator.ChainedInput out : operators.get(i).chainedOutputs()) {
                if (out.operatorIndex() <= i || out.operatorIndex() >= operators.size()) {
                    throw new IllegalArgumentException("operator " + i + " of " + name
                            + " feeds operator " + out.operatorIndex() + ", which is not after it in the chain");
                }
            }
        }
    }
}

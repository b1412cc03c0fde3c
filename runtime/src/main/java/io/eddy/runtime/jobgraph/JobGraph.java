package io.eddy.runtime.jobgraph;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an executor runs: vertices (each a chain of operators run by {@code parallelism} subtasks)
 * connected by edges (exchanges with a ship strategy). Built by the DataSet compiler; the runtime
 * knows nothing about where it came from. Immutable; serialized as a whole when sent to a cluster.
 *
 * @param name the job's name, for logs and results
 * @param vertices the vertices, indexed by their {@link JobVertex#id()}
 * @param edges the exchanges between vertices
 * @param parameters job-wide string settings handed to every operator
 * @param objectReuse whether operators may receive reused record objects (Flink's enableObjectReuse)
 */
public record JobGraph(String name, List<JobVertex> vertices, List<JobEdge> edges,
                       Map<String, String> parameters, boolean objectReuse) implements Serializable {

    public JobGraph {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
        parameters = Map.copyOf(parameters);
        for (int i = 0; i < vertices.size(); i++) {
            if (vertices.get(i).id() != i) {
                throw new IllegalArgumentException("vertex " + vertices.get(i).name() + " has id "
                        + vertices.get(i).id() + " at position " + i);
            }
        }
    }

    public JobVertex vertex(int id) {
        return vertices.get(id);
    }

    /** The edges that feed {@code vertexId}, in edge order. */
    public List<JobEdge> inputsOf(int vertexId) {
        return edges.stream().filter(e -> e.targetVertex() == vertexId).toList();
    }

    /** The edges that leave {@code vertexId}, in edge order. */
    public List<JobEdge> outputsOf(int vertexId) {
        return edges.stream().filter(e -> e.sourceVertex() == vertexId).toList();
    }
}

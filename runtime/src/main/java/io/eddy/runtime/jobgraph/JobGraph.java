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
 * @param iterations the loops: sets of vertices that run superstep after superstep
 */
public record JobGraph(String name, List<JobVertex> vertices, List<JobEdge> edges,
                       Map<String, String> parameters, boolean objectReuse, List<IterationSpec> iterations)
        implements Serializable {

    /** A job graph without loops. */
    public JobGraph(String name, List<JobVertex> vertices, List<JobEdge> edges, Map<String, String> parameters,
                    boolean objectReuse) {
        this(name, vertices, edges, parameters, objectReuse, List.of());
    }

    public JobGraph {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
        parameters = Map.copyOf(parameters);
        iterations = List.copyOf(iterations);
        for (int i = 0; i < iterations.size(); i++) {
            if (iterations.get(i).id() != i) {
                throw new IllegalArgumentException("loop " + iterations.get(i).name() + " has id " + iterations.get(i).id()
                        + " at position " + i);
            }
            for (int j = 0; j < i; j++) {
                for (int v : iterations.get(i).bodyVertices()) {
                    if (iterations.get(j).contains(v)) {
                        throw new IllegalArgumentException("vertex " + v + " is in two loops");
                    }
                }
            }
        }
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

    /** The loop whose body holds {@code vertexId}, or null. */
    public IterationSpec iterationOf(int vertexId) {
        for (IterationSpec iteration : iterations) {
            if (iteration.contains(vertexId)) {
                return iteration;
            }
        }
        return null;
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

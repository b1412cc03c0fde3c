package io.eddy.gelly.command;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.fs.Path;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.io.TextOutputFormat;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.api.types.StringValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.library.graphalytics.GraphalyticsIO;
import io.eddy.gelly.utils.GellyTypes;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and runs the job of a {@link LibraryInvocation}: reads the edge list (and vertex list)
 * into a graph, runs the library algorithm on it and writes one text line per result
 * ({@link ResultLines}) into the output directory, or, for an analytic ({@link Analytics}), prints
 * its {@code name: value} lines and writes them there when an output is given.
 *
 * <p>An undirected graph (the default) holds each line's edge both ways, so the library's
 * undirected algorithms see the form they expect; repeated edges collapse to one with the smallest
 * weight, the one shortest paths would take. With {@code --directed} the edges are used as read,
 * except that the algorithms defined on simple graphs drop self-loops and parallel edges first.
 */
final class LibraryJobs {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryJobs.class);
    static final TypeInformation<String> LINE = TypeInformation.of(String.class);

    private LibraryJobs() {}

    /** Runs {@code invocation}'s job(s) on {@code env}; analytics print their values to {@code out}. */
    static void execute(ExecutionEnvironment env, LibraryInvocation invocation, PrintStream out) throws Exception {
        // the key types are the two the formats produce; both satisfy every algorithm's bounds
        if (invocation.ids() == IdType.LONG) {
            LibraryJobs.<LongValue>run(env, invocation, out);
        } else {
            LibraryJobs.<StringValue>run(env, invocation, out);
        }
    }

    private static <K extends Comparable<K> & CopyableValue<K>> void run(ExecutionEnvironment env,
            LibraryInvocation invocation, PrintStream out) throws Exception {
        Graph<K, NullValue, Double> graph = read(env, invocation);
        String name = invocation.algorithmName();
        LOG.info("Running {} on {} ({})", name, invocation.input(), invocation.directed() ? "directed" : "undirected");
        if (invocation.algorithm().kind == LibraryAlgorithm.Kind.ANALYTIC) {
            List<String> lines = Analytics.run(env, graph, invocation);
            for (String line : lines) {
                out.println(line);
            }
            out.flush();
            if (invocation.output() != null) {
                writeLines(env.fromCollection(lines, LINE).name(name), invocation.output());
                env.execute("Gelly " + name + " result " + invocation.output());
            }
            return;
        }
        writeLines(ResultLines.of(graph, invocation), invocation.output());
        env.execute("Gelly " + name + " " + invocation.input());
    }

    /**
     * The graph of the invocation's files: the edges as {@link LibraryJobs} describes, and as
     * vertices the edges' ends and the vertex list's ids, each once.
     */
    static <K> Graph<K, NullValue, Double> read(ExecutionEnvironment env, LibraryInvocation invocation) {
        @SuppressWarnings("unchecked")
        TypeInformation<K> keyType = (TypeInformation<K>) invocation.ids().typeInformation();
        DataSet<Edge<K, Double>> edges = env.createInput(
                new EdgeListFormat<K>(new Path(invocation.input()), invocation.ids(), invocation.separator()))
                .name("Edges " + invocation.input());
        DataSet<K> ids = edges.flatMap(new EdgeEnds<K>()).returns(keyType).name("Edge ends");
        if (invocation.vertices() != null) {
            DataSet<K> listed = env.createInput(new VertexListFormat<K>(new Path(invocation.vertices()),
                    invocation.ids(), invocation.separator())).name("Vertices " + invocation.vertices());
            ids = ids.union(listed);
        }
        TypeInformation<Vertex<K, NullValue>> vertexType = GellyTypes.vertex(keyType, TypeInformation.of(NullValue.class));
        DataSet<Vertex<K, NullValue>> vertices = ids.map(new ToVertex<K>()).returns(vertexType).name("Vertices")
                .distinct(0).name("Vertices once");

        boolean simple = invocation.algorithm().simple;
        if (!invocation.directed()) {
            edges = edges.flatMap(new BothWays<K>(simple)).returns(edges.getType()).name("Edges both ways");
        } else if (simple) {
            edges = edges.filter(new NoSelfLoop<K>()).name("Without self-loops");
        }
        if (simple || !invocation.directed()) {
            edges = edges.groupBy(0, 1).reduce(new SmallestWeight<K>()).name("Edges once");
        }
        return Graph.fromDataSet(vertices, edges, env);
    }

    /** Writes lines into the directory {@code outputDir}, replacing it, as the LDBC results are. */
    static void writeLines(DataSet<String> lines, String outputDir) {
        GraphalyticsIO.writeText(lines, new TextOutputFormat<>(new Path(outputDir)), outputDir);
    }

    /** Both ends of an edge, the vertex set when no vertex list is given. */
    static final class EdgeEnds<K> implements FlatMapFunction<Edge<K, Double>, K> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Edge<K, Double> edge, Collector<K> out) {
            out.collect(edge.f0);
            out.collect(edge.f1);
        }
    }

    static final class ToVertex<K> implements MapFunction<K, Vertex<K, NullValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Vertex<K, NullValue> map(K id) {
            return new Vertex<>(id, NullValue.getInstance());
        }
    }

    /** An undirected line: the edge and its reverse; a self-loop once, or not at all in a simple graph. */
    static final class BothWays<K> implements FlatMapFunction<Edge<K, Double>, Edge<K, Double>> {
        private static final long serialVersionUID = 1L;
        private final boolean simple;

        BothWays(boolean simple) {
            this.simple = simple;
        }

        @Override
        public void flatMap(Edge<K, Double> edge, Collector<Edge<K, Double>> out) {
            if (edge.f0.equals(edge.f1)) {
                if (!simple) {
                    out.collect(edge);
                }
                return;
            }
            out.collect(edge);
            out.collect(new Edge<>(edge.f1, edge.f0, edge.f2));
        }
    }

    static final class NoSelfLoop<K> implements FilterFunction<Edge<K, Double>> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean filter(Edge<K, Double> edge) {
            return !edge.f0.equals(edge.f1);
        }
    }

    /** Of repeated edges the lightest, so the choice does not depend on the order they arrive in. */
    static final class SmallestWeight<K> implements ReduceFunction<Edge<K, Double>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Edge<K, Double> reduce(Edge<K, Double> a, Edge<K, Double> b) {
            return Double.compare(a.f2, b.f2) <= 0 ? a : b;
        }
    }
}

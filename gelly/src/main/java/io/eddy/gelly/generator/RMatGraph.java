package io.eddy.gelly.generator;

import static io.eddy.gelly.generator.GeneratorUtils.checkArgument;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.generator.random.BlockInfo;
import io.eddy.gelly.generator.random.RandomGenerableFactory;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A directed scale-free R-MAT graph (Chakrabarti, Zhan, Faloutsos), as Flink's {@code RMatGraph}:
 * each edge picks its endpoints bit by bit, choosing one of the adjacency matrix's four quadrants
 * with probabilities a, b, c and d = 1 - a - b - c. Like Flink's it may contain self-loops and
 * duplicate edges (simplify the graph to drop them); its vertices are the edges' endpoints, so
 * vertices without edges are absent. The graph depends on the random factory's seed only, not on
 * the parallelism.
 */
public class RMatGraph<T extends RandomGenerator> extends GraphGeneratorBase<LongValue, NullValue, NullValue> {

    public static final int MINIMUM_VERTEX_COUNT = 1;
    public static final int MINIMUM_EDGE_COUNT = 1;

    public static final float DEFAULT_A = 0.57f;
    public static final float DEFAULT_B = 0.19f;
    public static final float DEFAULT_C = 0.19f;
    public static final boolean DEFAULT_NOISE_ENABLED = false;
    public static final float DEFAULT_NOISE = 0.10f;
    public static final float MINIMUM_NOISE = 0.0f;
    public static final float MAXIMUM_NOISE = 2.0f;

    private final ExecutionEnvironment env;
    private final RandomGenerableFactory<T> randomGenerableFactory;
    private final long vertexCount;
    private final long edgeCount;

    private float a = DEFAULT_A;
    private float b = DEFAULT_B;
    private float c = DEFAULT_C;
    private boolean noiseEnabled = DEFAULT_NOISE_ENABLED;
    private float noise = DEFAULT_NOISE;

    public RMatGraph(ExecutionEnvironment env, RandomGenerableFactory<T> randomGenerableFactory, long vertexCount,
            long edgeCount) {
        checkArgument(vertexCount >= MINIMUM_VERTEX_COUNT, "Vertex count must be at least " + MINIMUM_VERTEX_COUNT);
        checkArgument(edgeCount >= MINIMUM_EDGE_COUNT, "Edge count must be at least " + MINIMUM_EDGE_COUNT);
        this.env = env;
        this.randomGenerableFactory = randomGenerableFactory;
        this.vertexCount = vertexCount;
        this.edgeCount = edgeCount;
    }

    /** The quadrant probabilities a, b and c; d is the rest, so they must sum to at most 1. */
    public RMatGraph<T> setConstants(float a, float b, float c) {
        checkArgument(a >= 0.0f && b >= 0.0f && c >= 0.0f, "RMat parameters must be non-negative");
        checkArgument(a + b + c <= 1.0f, "RMat parameters must sum to at most 1.0");
        this.a = a;
        this.b = b;
        this.c = c;
        return this;
    }

    /** Whether and how much to perturb the probabilities at each bit, which smooths the degree distribution. */
    public RMatGraph<T> setNoise(boolean noiseEnabled, float noise) {
        checkArgument(noise >= MINIMUM_NOISE && noise <= MAXIMUM_NOISE,
                "RMat noise must be in the range " + MINIMUM_NOISE + " to " + MAXIMUM_NOISE);
        this.noiseEnabled = noiseEnabled;
        this.noise = noise;
        return this;
    }

    @Override
    public Graph<LongValue, NullValue, NullValue> generate() {
        // ids are drawn from [0, 2^scale), the smallest power of two covering vertexCount
        int scale = Long.SIZE - Long.numberOfLeadingZeros(vertexCount - 1);
        // each bit draws one number, plus up to four noise factors
        int cyclesPerEdge = scale * (noiseEnabled ? 5 : 1);
        List<BlockInfo<T>> blocks = randomGenerableFactory.getRandomGenerables(edgeCount, Math.max(1, cyclesPerEdge));
        float d = 1.0f - a - b - c;
        DataSet<Edge<LongValue, NullValue>> edges = env.generateSequence(0, blocks.size() - 1)
                .setParallelism(parallelism)
                .flatMap(new GenerateEdges<>(blocks, vertexCount, scale, a, b, c, d, noiseEnabled, noise))
                .returns(GeneratorUtils.EDGE_TYPE).setParallelism(parallelism).name("RMat graph edges");
        return Graph.fromDataSet(edges, env);
    }

    /** Generates the edges of one block from the block's own generator, so the result ignores which task runs it. */
    static final class GenerateEdges<T extends RandomGenerator> implements FlatMapFunction<Long, Edge<LongValue, NullValue>> {
        private final List<BlockInfo<T>> blocks;
        private final long vertexCount;
        private final int scale;
        private final double a;
        private final double b;
        private final double c;
        private final double d;
        private final boolean noiseEnabled;
        private final double noise;

        GenerateEdges(List<BlockInfo<T>> blocks, long vertexCount, int scale, float a, float b, float c, float d,
                boolean noiseEnabled, float noise) {
            this.blocks = List.copyOf(blocks);
            this.vertexCount = vertexCount;
            this.scale = scale;
            this.a = a;
            this.b = b;
            this.c = c;
            this.d = d;
            this.noiseEnabled = noiseEnabled;
            this.noise = noise;
        }

        @Override
        public void flatMap(Long blockIndex, Collector<Edge<LongValue, NullValue>> out) {
            BlockInfo<T> block = blocks.get(blockIndex.intValue());
            RandomGenerator random = block.getRandomGenerable().generator();
            for (long i = 0; i < block.getElementCount(); i++) {
                long source;
                long target;
                // an id pair past vertexCount is redrawn, so every edge lands inside the graph and the count is exact
                do {
                    source = 0;
                    target = 0;
                    // the quadrant probabilities restart from the configured ones for each edge
                    double pa = a;
                    double pb = b;
                    double pc = c;
                    double pd = d;
                    for (int bit = scale - 1; bit >= 0; bit--) {
                        double r = random.nextDouble();
                        if (r < pa) {
                            // top-left quadrant: both bits stay 0
                        } else if (r < pa + pb) {
                            target |= 1L << bit;
                        } else if (r < pa + pb + pc) {
                            source |= 1L << bit;
                        } else {
                            source |= 1L << bit;
                            target |= 1L << bit;
                        }
                        if (noiseEnabled) {
                            // as in Flink, the perturbation accumulates over the bits of one edge;
                            // factors in [1 - noise/2, 1 + noise/2] keep every probability non-negative
                            pa *= 1.0 - noise / 2 + noise * random.nextDouble();
                            pb *= 1.0 - noise / 2 + noise * random.nextDouble();
                            pc *= 1.0 - noise / 2 + noise * random.nextDouble();
                            pd *= 1.0 - noise / 2 + noise * random.nextDouble();
                            double norm = pa + pb + pc + pd;
                            pa /= norm;
                            pb /= norm;
                            pc /= norm;
                            pd = 1.0 - pa - pb - pc;
                        }
                    }
                } while (source >= vertexCount || target >= vertexCount);
                out.collect(new Edge<>(new LongValue(source), new LongValue(target), NullValue.getInstance()));
            }
        }
    }
}

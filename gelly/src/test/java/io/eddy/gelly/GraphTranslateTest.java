package io.eddy.gelly;

import static io.eddy.gelly.ExampleGraph.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.api.types.StringValue;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.gelly.asm.translate.Translate;
import io.eddy.gelly.asm.translate.TranslateEdgeValues;
import io.eddy.gelly.asm.translate.TranslateGraphIds;
import io.eddy.gelly.asm.translate.TranslateVertexValues;
import io.eddy.gelly.asm.translate.TranslateFunction;
import io.eddy.gelly.asm.translate.translators.LongValueAddOffset;
import io.eddy.gelly.asm.translate.translators.LongValueToSignedIntValue;
import io.eddy.gelly.asm.translate.translators.LongValueToStringValue;
import io.eddy.gelly.asm.translate.translators.LongValueToUnsignedIntValue;
import io.eddy.gelly.asm.translate.translators.ToNullValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Graph.translateGraphIds/VertexValues/EdgeValues, the Translate utilities and the translators, at parallelism 1 and 2. */
class GraphTranslateTest {

    private static ExecutionEnvironment env(int parallelism) {
        return ExecutionEnvironment.createLocalEnvironment(parallelism);
    }

    static final class Prefix implements TranslateFunction<Long, String> {
        @Override
        public String translate(Long value, String reuse) {
            return "v" + value;
        }
    }

    /** The example graph with LongValue ids and values. */
    private static Graph<LongValue, LongValue, LongValue> longValueGraph(ExecutionEnvironment env) {
        List<Vertex<LongValue, LongValue>> vertices = new ArrayList<>();
        for (Vertex<Long, Long> v : ExampleGraph.vertices()) {
            vertices.add(new Vertex<>(new LongValue(v.f0), new LongValue(v.f1)));
        }
        List<Edge<LongValue, LongValue>> edges = new ArrayList<>();
        for (Edge<Long, Long> e : ExampleGraph.edges()) {
            edges.add(new Edge<>(new LongValue(e.f0), new LongValue(e.f1), new LongValue(e.f2)));
        }
        return Graph.fromCollection(vertices, edges, env);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void translateGraphIdsRenamesVerticesAndEdgeEndpoints(int parallelism) throws Exception {
        Graph<String, Long, Long> graph = ExampleGraph.graph(env(parallelism)).translateGraphIds(new Prefix());
        List<Vertex<String, Long>> vertices = new ArrayList<>();
        for (Vertex<Long, Long> v : ExampleGraph.vertices()) {
            vertices.add(new Vertex<>("v" + v.f0, v.f1));
        }
        List<Edge<String, Long>> edges = new ArrayList<>();
        for (Edge<Long, Long> e : ExampleGraph.edges()) {
            edges.add(new Edge<>("v" + e.f0, "v" + e.f1, e.f2));
        }
        assertEquals(sorted(vertices), sorted(graph.getVertices().collect()));
        assertEquals(sorted(edges), sorted(graph.getEdges().collect()));
        assertEquals(TypeInformation.of(String.class), ((TupleTypeInfo<?>) graph.getVertices().getType()).getTypeAt(0));
        assertEquals(TypeInformation.of(String.class), ((TupleTypeInfo<?>) graph.getEdges().getType()).getTypeAt(1));
        // graph operations keep working on the new key type: degrees group by the translated ids
        assertEquals(sorted(Arrays.asList("(v1,3)", "(v2,2)", "(v3,4)", "(v4,2)", "(v5,3)", "(v6,0)")),
                sorted(graph.getDegrees().collect()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void translateValuesWithTheCommonTranslators(int parallelism) throws Exception {
        Graph<LongValue, LongValue, LongValue> graph = longValueGraph(env(parallelism));

        Graph<LongValue, StringValue, LongValue> stringValues = graph.translateVertexValues(new LongValueToStringValue());
        List<String> expected = new ArrayList<>();
        for (Vertex<Long, Long> v : ExampleGraph.vertices()) {
            expected.add(new Vertex<>(new LongValue(v.f0), new StringValue(Long.toString(v.f1))).toString());
        }
        assertEquals(sorted(expected), sorted(stringValues.getVertices().collect()));
        assertEquals(TypeInformation.of(StringValue.class),
                ((TupleTypeInfo<?>) stringValues.getVertices().getType()).getTypeAt(1));

        Graph<LongValue, LongValue, NullValue> unweighted = graph.translateEdgeValues(new ToNullValue<LongValue>());
        List<String> expectedEdges = new ArrayList<>();
        for (Edge<Long, Long> e : ExampleGraph.edges()) {
            expectedEdges.add(new Edge<>(new LongValue(e.f0), new LongValue(e.f1), NullValue.getInstance()).toString());
        }
        assertEquals(sorted(expectedEdges), sorted(unweighted.getEdges().collect()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void translateIdsToIntValuesAndByOffset(int parallelism) throws Exception {
        Graph<LongValue, LongValue, LongValue> graph = longValueGraph(env(parallelism));
        Graph<IntValue, LongValue, LongValue> ints = graph.translateGraphIds(new LongValueToSignedIntValue());
        List<String> expected = new ArrayList<>();
        for (Edge<Long, Long> e : ExampleGraph.edges()) {
            expected.add(new Edge<>(new IntValue((int) (long) e.f0), new IntValue((int) (long) e.f1),
                    new LongValue(e.f2)).toString());
        }
        assertEquals(sorted(expected), sorted(ints.getEdges().collect()));

        Graph<LongValue, LongValue, LongValue> shifted = graph.translateGraphIds(new LongValueAddOffset(100));
        List<String> expectedVertices = new ArrayList<>();
        for (Vertex<Long, Long> v : ExampleGraph.vertices()) {
            expectedVertices.add(new Vertex<>(new LongValue(v.f0 + 100), new LongValue(v.f1)).toString());
        }
        assertEquals(sorted(expectedVertices), sorted(shifted.getVertices().collect()));
    }

    @Test
    void translateUtilitiesRunAtTheGivenParallelism() throws Exception {
        ExecutionEnvironment env = env(2);
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env);
        DataSet<Vertex<String, Long>> vertices = Translate.translateVertexIds(graph.getVertices(), new Prefix(), 1);
        DataSet<Edge<String, Long>> edges = Translate.translateEdgeIds(graph.getEdges(), new Prefix(), 2);
        assertEquals(6, vertices.collect().size());
        assertEquals(sorted(Arrays.asList(new Edge<>("v1", "v2", 12L))),
                sorted(Translate.translateEdgeIds(graph.getEdges().filter(e -> e.f0 == 1L && e.f1 == 2L), new Prefix())
                        .collect()));
        assertEquals(7, edges.collect().size());
        assertThrows(IllegalArgumentException.class,
                () -> Translate.translateVertexValues(graph.getVertices(), new Prefix(), 0));
    }

    @Test
    void lambdaTranslator() throws Exception {
        TranslateFunction<Long, String> lambda = (value, reuse) -> "v" + value;
        Graph<String, Long, Long> graph = ExampleGraph.graph(env(2)).translateGraphIds(lambda);
        assertEquals(TypeInformation.of(String.class), ((TupleTypeInfo<?>) graph.getVertices().getType()).getTypeAt(0));
        assertEquals(sorted(Arrays.asList(new Edge<>("v1", "v2", 12L))),
                sorted(graph.getEdges().filter(e -> e.f0.equals("v1") && e.f1.equals("v2")).collect()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void translateAlgorithmsRunAtTheirOwnParallelism(int parallelism) throws Exception {
        Graph<LongValue, LongValue, LongValue> graph = longValueGraph(env(2));
        Graph<StringValue, StringValue, NullValue> translated = graph
                .run(new TranslateGraphIds<LongValue, StringValue, LongValue, LongValue>(new LongValueToStringValue())
                        .setParallelism(parallelism))
                .run(new TranslateVertexValues<StringValue, LongValue, StringValue, LongValue>(new LongValueToStringValue())
                        .setParallelism(parallelism))
                .run(new TranslateEdgeValues<StringValue, StringValue, LongValue, NullValue>(new ToNullValue<LongValue>())
                        .setParallelism(parallelism));
        assertEquals(sorted(Arrays.asList(new Vertex<>(new StringValue("6"), new StringValue("60")))),
                sorted(translated.getVertices().filter(v -> v.f0.getValue().equals("6")).collect()));
        assertEquals(sorted(Arrays.asList(new Edge<>(new StringValue("5"), new StringValue("1"), NullValue.getInstance()))),
                sorted(translated.getEdges().filter(e -> e.f0.getValue().equals("5")).collect()));
        assertThrows(IllegalArgumentException.class,
                () -> new TranslateGraphIds<Long, String, Long, Long>(new Prefix()).setParallelism(0));
    }

    @Test
    void signedIntTranslatorRefusesValuesOutOfRange() {
        LongValueToSignedIntValue translator = new LongValueToSignedIntValue();
        assertEquals(new IntValue(Integer.MIN_VALUE), translator.translate(new LongValue(Integer.MIN_VALUE), null));
        assertEquals(new IntValue(Integer.MAX_VALUE), translator.translate(new LongValue(Integer.MAX_VALUE), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> translator.translate(new LongValue(1L + Integer.MAX_VALUE), null));
        assertEquals("Cannot cast long value 2147483648 to a signed int", e.getMessage());
    }

    @Test
    void unsignedIntTranslatorUsesAll32Bits() {
        LongValueToUnsignedIntValue translator = new LongValueToUnsignedIntValue();
        assertEquals(new IntValue(Integer.MAX_VALUE), translator.translate(new LongValue(Integer.MAX_VALUE), null));
        assertEquals(new IntValue(Integer.MIN_VALUE), translator.translate(new LongValue(1L << 31), null));
        assertEquals(new IntValue(-1), translator.translate(new LongValue((1L << 32) - 1), null));
        assertThrows(IllegalArgumentException.class, () -> translator.translate(new LongValue(1L << 32), null));
        assertThrows(IllegalArgumentException.class, () -> translator.translate(new LongValue(-1), null));
    }

    @Test
    void translatorsFillTheReusedObject() {
        LongValue reuse = new LongValue();
        assertSame(reuse, new LongValueAddOffset(-5).translate(new LongValue(3), reuse));
        assertEquals(-2L, reuse.getValue());
        StringValue text = new StringValue();
        assertSame(text, new LongValueToStringValue().translate(new LongValue(-42), text));
        assertEquals("-42", text.getValue());
        assertSame(NullValue.getInstance(), new ToNullValue<String>().translate("x", null));
    }
}

package io.eddy.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFields;
import io.eddy.api.functions.FunctionAnnotation.NonForwardedFields;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeHint;
import io.eddy.api.typeinfo.TypeInformation;
import org.junit.jupiter.api.Test;

/** The logical plan the API builds, and the semantic properties it records. */
class LogicalPlanTest {

    private static final TypeInformation<Tuple3<Long, String, Long>> T3 =
            TypeInformation.of(new TypeHint<Tuple3<Long, String, Long>>() {});
    private static final TypeInformation<Tuple3<Long, Long, Long>> L3 =
            TypeInformation.of(new TypeHint<Tuple3<Long, Long, Long>>() {});

    @Test
    void oneNodePerApiCallWithKeysAndHintsButNoStrategy() throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        DataSet<Tuple2<Long, Long>> a = env.fromElements(Tuple2.of(1L, 2L));
        a.join(a, JoinHint.BROADCAST_HASH_SECOND).where(0).equalTo(1).output(new DiscardingOutputFormat<>());
        LogicalPlan plan = env.createProgramPlan("logical", false);
        assertEquals(3, plan.nodes().size(), "the source is one node although it feeds both join inputs");
        LogicalNode join = plan.nodes().get(1);
        assertEquals(LogicalNode.Kind.JOIN, join.kind());
        assertEquals("[0]", join.key(0).describe());
        assertEquals("[1]", join.key(1).describe());
        assertEquals(JoinHint.BROADCAST_HASH_SECOND, join.joinHint());
        assertTrue(join.input(0) == join.input(1));
        JsonNode json = new ObjectMapper().readTree(plan.toJson());
        assertEquals("JOIN", json.get("nodes").get(1).get("kind").asText());
        assertEquals("[0]", json.get("nodes").get(1).get("keys").get(0).asText());
        assertTrue(json.get("nodes").get(1).get("join").asText().contains("BROADCAST_HASH_SECOND"));
        assertNull(json.get("nodes").get(1).get("driver_strategy"));
    }

    @ForwardedFields("f0; f2->f1")
    static final class Annotated implements MapFunction<Tuple3<Long, Long, Long>, Tuple3<Long, Long, Long>> {
        @Override
        public Tuple3<Long, Long, Long> map(Tuple3<Long, Long, Long> v) {
            return v;
        }
    }

    @NonForwardedFields("f1")
    static final class ChangesOne implements MapFunction<Tuple3<Long, String, Long>, Tuple3<Long, String, Long>> {
        @Override
        public Tuple3<Long, String, Long> map(Tuple3<Long, String, Long> v) {
            return v;
        }
    }

    @Test
    void forwardedFieldAnnotationsAndStringsParseAsFlinkDoes() {
        SemanticProperties annotated = SemanticProperties.singleInput(new Annotated(), new String[0], L3, L3);
        assertArrayEquals(new int[] {0}, annotated.targets(0, 0));
        assertArrayEquals(new int[] {1}, annotated.targets(0, 2));
        assertArrayEquals(new int[0], annotated.targets(0, 1));
        assertEquals(FieldList.of(0, 1), annotated.forward(0, FieldList.of(0, 2)));
        assertNull(annotated.forward(0, FieldList.of(1)));

        SemanticProperties strings = SemanticProperties.singleInput(null, new String[] {"0->2", "f1"}, T3, T3);
        assertArrayEquals(new int[] {2}, strings.targets(0, 0));
        assertArrayEquals(new int[] {1}, strings.targets(0, 1));

        SemanticProperties nonForwarded = SemanticProperties.singleInput(new ChangesOne(), null, T3, T3);
        assertEquals(FieldList.of(0, 2), nonForwarded.forward(0, FieldList.of(0, 2)));
        assertNull(nonForwarded.forward(0, FieldList.of(1)));

        assertTrue(SemanticProperties.singleInput(null, null, T3, T3).isEmpty());
    }

    @Test
    void invalidDeclarationsAreProgramErrors() {
        assertThrows(InvalidProgramException.class,
                () -> SemanticProperties.singleInput(null, new String[] {"f7"}, T3, T3));
        assertThrows(InvalidProgramException.class,
                () -> SemanticProperties.singleInput(null, new String[] {"f1->f0"}, T3, T3),
                "a String field cannot be forwarded to a Long position");
        assertThrows(InvalidProgramException.class,
                () -> SemanticProperties.singleInput(new Annotated(), new String[] {"f0"}, L3, L3));
    }
}

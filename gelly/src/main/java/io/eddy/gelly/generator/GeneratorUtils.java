package io.eddy.gelly.generator;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Vertex;

/** The vertex sequence and record types every generator shares (Flink's {@code GraphGeneratorUtils}). */
final class GeneratorUtils {

    private GeneratorUtils() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final TypeInformation<Vertex<LongValue, NullValue>> VERTEX_TYPE = (TypeInformation) new TupleTypeInfo(
            Vertex.class, TypeInformation.of(LongValue.class), TypeInformation.of(NullValue.class));

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final TypeInformation<Edge<LongValue, NullValue>> EDGE_TYPE = (TypeInformation) new TupleTypeInfo(
            Edge.class, TypeInformation.of(LongValue.class), TypeInformation.of(LongValue.class),
            TypeInformation.of(NullValue.class));

    /** The ids {@code 0..count-1} as a parallel sequence; empty when count is 0. */
    static DataSet<Long> idSequence(ExecutionEnvironment env, int parallelism, long count) {
        // generateSequence(0, -1) is the empty range, so EmptyGraph(env, 0) needs no special case
        return env.generateSequence(0, count - 1).setParallelism(parallelism).name("Id sequence");
    }

    /** The vertices {@code 0..count-1} with {@link NullValue} values. */
    static DataSet<Vertex<LongValue, NullValue>> vertexSequence(ExecutionEnvironment env, int parallelism, long count) {
        return idSequence(env, parallelism, count).map(new CreateVertex()).returns(VERTEX_TYPE)
                .setParallelism(parallelism).name("Vertex sequence");
    }

    static void checkArgument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static final class CreateVertex implements MapFunction<Long, Vertex<LongValue, NullValue>> {
        @Override
        public Vertex<LongValue, NullValue> map(Long id) {
            return new Vertex<>(new LongValue(id), NullValue.getInstance());
        }
    }
}

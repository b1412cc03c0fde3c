package io.eddy.api.operators.translation;

import io.eddy.api.functions.CrossFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple2;

/** The engine's own functions behind default joins and crosses and behind projections. */
public final class ProjectionFunctions {

    private ProjectionFunctions() {}

    /** Pairs the two joined records into a Tuple2, the result of a join without a function. */
    public static final class DefaultJoin<I1, I2> implements JoinFunction<I1, I2, Tuple2<I1, I2>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<I1, I2> join(I1 first, I2 second) {
            return new Tuple2<>(first, second);
        }
    }

    /** Pairs the two records into a Tuple2, the result of a cross without a function. */
    public static final class DefaultCross<I1, I2> implements CrossFunction<I1, I2, Tuple2<I1, I2>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<I1, I2> cross(I1 first, I2 second) {
            return new Tuple2<>(first, second);
        }
    }

    /** Projects fields of one record into a new tuple. */
    public static final class ProjectMap<T, OUT extends Tuple> implements MapFunction<T, OUT> {
        private static final long serialVersionUID = 1L;
        private final TupleProjection projection;

        public ProjectMap(TupleProjection projection) {
            this.projection = projection;
        }

        @Override
        public OUT map(T value) {
            return projection.project(value, null);
        }
    }

    /** Projects fields of both joined records into a new tuple. */
    public static final class ProjectJoin<I1, I2, OUT extends Tuple> implements JoinFunction<I1, I2, OUT> {
        private static final long serialVersionUID = 1L;
        private final TupleProjection projection;

        public ProjectJoin(TupleProjection projection) {
            this.projection = projection;
        }

        @Override
        public OUT join(I1 first, I2 second) {
            return projection.project(first, second);
        }
    }

    /** Projects fields of both crossed records into a new tuple. */
    public static final class ProjectCross<I1, I2, OUT extends Tuple> implements CrossFunction<I1, I2, OUT> {
        private static final long serialVersionUID = 1L;
        private final TupleProjection projection;

        public ProjectCross(TupleProjection projection) {
            this.projection = projection;
        }

        @Override
        public OUT cross(I1 first, I2 second) {
            return projection.project(first, second);
        }
    }
}

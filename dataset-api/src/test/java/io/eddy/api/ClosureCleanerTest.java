package io.eddy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple2;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Anonymous functions written inside instance methods of a class that is not serializable (this
 * test class): the unused reference to the test instance is removed, a used one is kept and the
 * job fails clearly.
 */
class ClosureCleanerTest {

    /** Not a compile-time constant, so reading it needs the enclosing instance. */
    private final int offset = Integer.parseInt("1000");

    @Test
    void anonymousFunctionsThatIgnoreTheirEnclosingInstanceRun() throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        List<Tuple2<Long, Long>> result = env.generateSequence(1, 100)
                .map(new MapFunction<Long, Tuple2<Long, Long>>() {
                    @Override
                    public Tuple2<Long, Long> map(Long value) {
                        return Tuple2.of(value % 3, value);
                    }
                })
                .groupBy(new KeySelector<Tuple2<Long, Long>, Long>() {
                    @Override
                    public Long getKey(Tuple2<Long, Long> value) {
                        return value.f0;
                    }
                })
                .reduce(new ReduceFunction<Tuple2<Long, Long>>() {
                    @Override
                    public Tuple2<Long, Long> reduce(Tuple2<Long, Long> a, Tuple2<Long, Long> b) {
                        return Tuple2.of(a.f0, a.f1 + b.f1);
                    }
                })
                .collect();
        assertEquals(3, result.size());
        assertEquals(5050L, result.stream().mapToLong(t -> t.f1).sum());
    }

    @Test
    void aFunctionThatUsesItsEnclosingInstanceKeepsItAndFailsClearly() {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(1);
        MapFunction<Long, Long> usesOffset = new MapFunction<Long, Long>() {
            @Override
            public Long map(Long value) {
                return value + offset;
            }
        };
        Exception e = assertThrows(Exception.class, () -> env.generateSequence(1, 3).map(usesOffset).collect());
        assertTrue(e.getMessage().contains("not serializable"), e.getMessage());
        assertTrue(e.getMessage().contains("Map at"), e.getMessage());
    }

    @Test
    void detectsWhetherTheEnclosingInstanceIsRead() throws Exception {
        FilterFunction<Long> ignores = new FilterFunction<Long>() {
            @Override
            public boolean filter(Long value) {
                return value > 0;
            }
        };
        FilterFunction<Long> reads = new FilterFunction<Long>() {
            @Override
            public boolean filter(Long value) {
                return value > offset;
            }
        };
        assertFalse(ClosureCleaner.usesField(ignores.getClass(), "this$0"));
        assertTrue(ClosureCleaner.usesField(reads.getClass(), "this$0"));
        ClosureCleaner.clean(ignores);
        java.lang.reflect.Field cleaned = ignores.getClass().getDeclaredField("this$0");
        cleaned.setAccessible(true);
        assertEquals(null, cleaned.get(ignores), "the unused enclosing instance is removed");
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(1);
        env.getConfig().disableClosureCleaner();
        FilterFunction<Long> untouched = new FilterFunction<Long>() {
            @Override
            public boolean filter(Long value) {
                return true;
            }
        };
        env.clean(untouched);
        java.lang.reflect.Field outer = untouched.getClass().getDeclaredField("this$0");
        outer.setAccessible(true);
        assertTrue(outer.get(untouched) == this, "cleaning disabled leaves the function alone");
    }
}

package io.eddy.api.aggregators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.types.Value;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AggregatorRegistryTest {

    @Test
    void registersAggregatorsAndOneCriterion() {
        AggregatorRegistry registry = new AggregatorRegistry();
        CountAggregator updates = new CountAggregator();
        CountAggregator changes = new CountAggregator();
        ConvergenceCriterion<Count> noChanges = (iteration, value) -> value.count == 0;
        registry.registerAggregator("updates", updates);
        registry.registerAggregationConvergenceCriterion("changes", changes, noChanges);

        assertSame(updates, registry.getAggregator("updates"));
        assertSame(noChanges, registry.getConvergenceCriterion());
        assertEquals("changes", registry.getConvergenceCriterionAggregatorName());
        assertEquals(List.of("updates", "changes"), registry.getAllRegisteredAggregators().stream()
                .map(AggregatorWithName::getName).collect(Collectors.toList()));

        AggregatorRegistry copy = new AggregatorRegistry();
        copy.addAll(registry);
        assertSame(changes, copy.getAggregator("changes"));
        assertSame(noChanges, copy.getConvergenceCriterion());
    }

    @Test
    void rejectsDuplicateAndEmptyNames() {
        AggregatorRegistry registry = new AggregatorRegistry();
        registry.registerAggregator("a", new CountAggregator());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.registerAggregator("a", new CountAggregator()));
        assertTrue(e.getMessage().contains("'a'"));
        assertThrows(IllegalArgumentException.class, () -> registry.registerAggregator("", new CountAggregator()));
        assertNull(registry.getConvergenceCriterion());
    }

    @Test
    void criterionSeesIterationAndValue() {
        ConvergenceCriterion<Count> afterThreeOrZero = (iteration, value) -> iteration >= 3 || value.count == 0;
        Count some = new Count();
        some.count = 5;
        assertEquals(false, afterThreeOrZero.isConverged(1, some));
        assertEquals(true, afterThreeOrZero.isConverged(3, some));
        assertEquals(true, afterThreeOrZero.isConverged(1, new Count()));
    }

    /** A minimal Value: the io.eddy.api.types value classes live in another engineer's package. */
    static final class Count implements Value {
        private static final long serialVersionUID = 1L;
        long count;

        @Override
        public void write(DataOutputView out) throws IOException {
            out.writeLong(count);
        }

        @Override
        public void read(DataInputView in) throws IOException {
            count = in.readLong();
        }
    }

    static final class CountAggregator implements Aggregator<Count> {
        private static final long serialVersionUID = 1L;
        private final Count aggregate = new Count();

        @Override
        public Count getAggregate() {
            return aggregate;
        }

        @Override
        public void aggregate(Count element) {
            aggregate.count += element.count;
        }

        @Override
        public void reset() {
            aggregate.count = 0;
        }
    }
}

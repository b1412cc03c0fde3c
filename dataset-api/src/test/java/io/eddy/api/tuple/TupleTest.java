package io.eddy.api.tuple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TupleTest {

    @Test
    void newInstanceCreatesAnEmptyTupleOfEveryArity() {
        assertSame(Tuple0.INSTANCE, Tuple.newInstance(0));
        for (int arity = 1; arity <= Tuple.MAX_ARITY; arity++) {
            Tuple tuple = Tuple.newInstance(arity);
            assertSame(Tuple.getTupleClass(arity), tuple.getClass());
            assertEquals(arity, tuple.getArity());
            for (int i = 0; i < arity; i++) {
                assertNull(tuple.getField(i));
            }
        }
    }

    @Test
    void newInstanceRejectsArityOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Tuple.newInstance(-1));
        assertThrows(IllegalArgumentException.class, () -> Tuple.newInstance(Tuple.MAX_ARITY + 1));
    }
}

package io.eddy.api.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Value types behave like their boxed counterparts for equality, hashing, ordering and printing. */
class ValueTypesTest {

    @Test
    void valuesMirrorTheirBoxes() {
        assertEquals(new IntValue(3), new IntValue(3));
        assertEquals(Integer.hashCode(3), new IntValue(3).hashCode());
        assertNotEquals(new LongValue(1), new LongValue(2));
        assertTrue(new DoubleValue(-1).compareTo(new DoubleValue(2)) < 0);
        assertEquals("2.5", new FloatValue(2.5f).toString());
        assertEquals("abc".hashCode(), new StringValue("abc").hashCode());
        assertTrue(new StringValue("a").compareTo(new StringValue("b")) < 0);
        IntValue target = new IntValue();
        new IntValue(9).copyTo(target);
        assertEquals(9, target.getValue());
        BooleanValue flag = new BooleanValue();
        flag.setValue(true);
        assertTrue(flag.getValue());
        assertEquals('x', new CharValue('x').getValue());
        assertEquals((short) 4, new ShortValue((short) 4).getValue());
        assertEquals((byte) 5, new ByteValue((byte) 5).getValue());
    }

    @Test
    void nullValueIsASingleton() {
        assertSame(NullValue.getInstance(), NullValue.getInstance());
        assertSame(NullValue.getInstance(), NullValue.getInstance().copy());
        assertEquals(new NullValue(), NullValue.getInstance());
        assertEquals("(null)", NullValue.getInstance().toString());
    }
}

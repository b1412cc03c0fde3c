package io.eddy.api.tuple;

/**
 * The base of the fixed-arity tuples Tuple0 to Tuple25, whose public fields {@code f0, f1, ...}
 * are addressed by position in keys ({@code groupBy(0)}) and by name in field expressions
 * ({@code "f0"}). Tuples are mutable so operators can reuse them.
 */
public abstract class Tuple implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest supported arity. */
    public static final int MAX_ARITY = 25;

    private static final Class<?>[] CLASSES = {
        Tuple0.class, Tuple1.class, Tuple2.class, Tuple3.class, Tuple4.class, Tuple5.class, Tuple6.class, Tuple7.class, Tuple8.class, Tuple9.class, Tuple10.class, Tuple11.class, Tuple12.class, Tuple13.class, Tuple14.class, Tuple15.class, Tuple16.class, Tuple17.class, Tuple18.class, Tuple19.class, Tuple20.class, Tuple21.class, Tuple22.class, Tuple23.class, Tuple24.class, Tuple25.class
    };

    /** The field at {@code pos}, cast to the caller's type. */
    public abstract <T> T getField(int pos);

    /** Sets the field at {@code pos}. */
    public abstract <T> void setField(T value, int pos);

    /** The number of fields. */
    public abstract int getArity();

    /** A shallow copy: a new tuple of the same arity holding the same field objects. */
    public abstract <T extends Tuple> T copy();

    /** The field at {@code pos}, failing with a clear message if it is null. */
    public <T> T getFieldNotNull(int pos) {
        T field = getField(pos);
        if (field == null) {
            throw new NullPointerException("Field " + pos + " of " + this + " is null");
        }
        return field;
    }

    /** The tuple class of the given arity. */
    @SuppressWarnings("unchecked")
    public static Class<? extends Tuple> getTupleClass(int arity) {
        if (arity < 0 || arity > MAX_ARITY) {
            throw new IllegalArgumentException("The tuple arity must be in [0, " + MAX_ARITY + "]: " + arity);
        }
        return (Class<? extends Tuple>) CLASSES[arity];
    }

    /** A new tuple of the given arity with all fields null. */
    public static Tuple newInstance(int arity) {
        // Small enough for the JIT to inline where records are deserialized (a switch over all
        // 26 arities is not), so that the common arities cost no call.
        switch (arity) {
            case 1: return new Tuple1();
            case 2: return new Tuple2();
            case 3: return new Tuple3();
            case 4: return new Tuple4();
            case 5: return new Tuple5();
            default: return newLargerInstance(arity);
        }
    }

    private static Tuple newLargerInstance(int arity) {
        switch (arity) {
            case 0: return Tuple0.INSTANCE;
            case 6: return new Tuple6();
            case 7: return new Tuple7();
            case 8: return new Tuple8();
            case 9: return new Tuple9();
            case 10: return new Tuple10();
            case 11: return new Tuple11();
            case 12: return new Tuple12();
            case 13: return new Tuple13();
            case 14: return new Tuple14();
            case 15: return new Tuple15();
            case 16: return new Tuple16();
            case 17: return new Tuple17();
            case 18: return new Tuple18();
            case 19: return new Tuple19();
            case 20: return new Tuple20();
            case 21: return new Tuple21();
            case 22: return new Tuple22();
            case 23: return new Tuple23();
            case 24: return new Tuple24();
            case 25: return new Tuple25();
            default: throw new IllegalArgumentException("The tuple arity must be in [0, " + MAX_ARITY + "]: " + arity);
        }
    }
}

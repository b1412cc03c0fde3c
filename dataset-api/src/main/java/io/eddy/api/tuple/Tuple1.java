package io.eddy.api.tuple;

/**
 * A tuple with 1 field, f0; fields may be of any type, including null.
 */
public class Tuple1<T0> extends Tuple {

    private static final long serialVersionUID = 1L;

    /** Field 0 of the tuple. */
    public T0 f0;

    /** Creates a tuple with all fields null. */
    public Tuple1() {}

    public Tuple1(T0 f0) {
        this.f0 = f0;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getField(int pos) {
        switch (pos) {
            case 0: return (T) this.f0;
            default: throw new IndexOutOfBoundsException(String.valueOf(pos));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> void setField(T value, int pos) {
        switch (pos) {
            case 0:
                this.f0 = (T0) value;
                break;
            default: throw new IndexOutOfBoundsException(String.valueOf(pos));
        }
    }

    /** Sets all fields at once. */
    public void setFields(T0 f0) {
        this.f0 = f0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Tuple1<T0> copy() {
        return new Tuple1<>(this.f0);
    }

    /** Creates a tuple from the given values, inferring the field types. */
    public static <T0> Tuple1<T0> of(T0 f0) {
        return new Tuple1<>(f0);
    }

    /** Like Flink: "(f0,f1,...)", with arrays printed element by element. */
    @Override
    public String toString() {
        return "(" + arrayAwareToString(this.f0) + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tuple1)) {
            return false;
        }
        @SuppressWarnings("rawtypes")
        Tuple1 that = (Tuple1) o;
        if (f0 != null ? !f0.equals(that.f0) : that.f0 != null) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int result = 0;
        result = 31 * result + (f0 != null ? f0.hashCode() : 0);
        return result;
    }

    static String arrayAwareToString(Object o) {
        return TupleStrings.toString(o);
    }
}

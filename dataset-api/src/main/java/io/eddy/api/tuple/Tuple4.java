package io.eddy.api.tuple;

/**
 * A tuple with 4 fields, f0, f1, f2, f3; fields may be of any type, including null.
 */
public class Tuple4<T0, T1, T2, T3> extends Tuple {

    private static final long serialVersionUID = 1L;

    /** Field 0 of the tuple. */
    public T0 f0;

    /** Field 1 of the tuple. */
    public T1 f1;

    /** Field 2 of the tuple. */
    public T2 f2;

    /** Field 3 of the tuple. */
    public T3 f3;

    /** Creates a tuple with all fields null. */
    public Tuple4() {}

    public Tuple4(T0 f0, T1 f1, T2 f2, T3 f3) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
    }

    @Override
    public int getArity() {
        return 4;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getField(int pos) {
        switch (pos) {
            case 0: return (T) this.f0;
            case 1: return (T) this.f1;
            case 2: return (T) this.f2;
            case 3: return (T) this.f3;
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
            case 1:
                this.f1 = (T1) value;
                break;
            case 2:
                this.f2 = (T2) value;
                break;
            case 3:
                this.f3 = (T3) value;
                break;
            default: throw new IndexOutOfBoundsException(String.valueOf(pos));
        }
    }

    /** Sets all fields at once. */
    public void setFields(T0 f0, T1 f1, T2 f2, T3 f3) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Tuple4<T0, T1, T2, T3> copy() {
        return new Tuple4<>(this.f0, this.f1, this.f2, this.f3);
    }

    /** Creates a tuple from the given values, inferring the field types. */
    public static <T0, T1, T2, T3> Tuple4<T0, T1, T2, T3> of(T0 f0, T1 f1, T2 f2, T3 f3) {
        return new Tuple4<>(f0, f1, f2, f3);
    }

    /** Like Flink: "(f0,f1,...)", with arrays printed element by element. */
    @Override
    public String toString() {
        return "(" + arrayAwareToString(this.f0) + "," + arrayAwareToString(this.f1) + "," + arrayAwareToString(this.f2) + "," + arrayAwareToString(this.f3) + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tuple4)) {
            return false;
        }
        @SuppressWarnings("rawtypes")
        Tuple4 that = (Tuple4) o;
        if (f0 != null ? !f0.equals(that.f0) : that.f0 != null) {
            return false;
        }
        if (f1 != null ? !f1.equals(that.f1) : that.f1 != null) {
            return false;
        }
        if (f2 != null ? !f2.equals(that.f2) : that.f2 != null) {
            return false;
        }
        if (f3 != null ? !f3.equals(that.f3) : that.f3 != null) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int result = 0;
        result = 31 * result + (f0 != null ? f0.hashCode() : 0);
        result = 31 * result + (f1 != null ? f1.hashCode() : 0);
        result = 31 * result + (f2 != null ? f2.hashCode() : 0);
        result = 31 * result + (f3 != null ? f3.hashCode() : 0);
        return result;
    }

    static String arrayAwareToString(Object o) {
        return TupleStrings.toString(o);
    }
}

package io.eddy.api.tuple;

/**
 * A tuple with 8 fields, f0, f1, f2, f3, f4, f5, f6, f7; fields may be of any type, including null.
 */
public class Tuple8<T0, T1, T2, T3, T4, T5, T6, T7> extends Tuple {

    private static final long serialVersionUID = 1L;

    /** Field 0 of the tuple. */
    public T0 f0;

    /** Field 1 of the tuple. */
    public T1 f1;

    /** Field 2 of the tuple. */
    public T2 f2;

    /** Field 3 of the tuple. */
    public T3 f3;

    /** Field 4 of the tuple. */
    public T4 f4;

    /** Field 5 of the tuple. */
    public T5 f5;

    /** Field 6 of the tuple. */
    public T6 f6;

    /** Field 7 of the tuple. */
    public T7 f7;

    /** Creates a tuple with all fields null. */
    public Tuple8() {}

    public Tuple8(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4, T5 f5, T6 f6, T7 f7) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
        this.f4 = f4;
        this.f5 = f5;
        this.f6 = f6;
        this.f7 = f7;
    }

    @Override
    public int getArity() {
        return 8;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getField(int pos) {
        switch (pos) {
            case 0: return (T) this.f0;
            case 1: return (T) this.f1;
            case 2: return (T) this.f2;
            case 3: return (T) this.f3;
            case 4: return (T) this.f4;
            case 5: return (T) this.f5;
            case 6: return (T) this.f6;
            case 7: return (T) this.f7;
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
            case 4:
                this.f4 = (T4) value;
                break;
            case 5:
                this.f5 = (T5) value;
                break;
            case 6:
                this.f6 = (T6) value;
                break;
            case 7:
                this.f7 = (T7) value;
                break;
            default: throw new IndexOutOfBoundsException(String.valueOf(pos));
        }
    }

    /** Sets all fields at once. */
    public void setFields(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4, T5 f5, T6 f6, T7 f7) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
        this.f4 = f4;
        this.f5 = f5;
        this.f6 = f6;
        this.f7 = f7;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Tuple8<T0, T1, T2, T3, T4, T5, T6, T7> copy() {
        return new Tuple8<>(this.f0, this.f1, this.f2, this.f3, this.f4, this.f5, this.f6, this.f7);
    }

    /** Creates a tuple from the given values, inferring the field types. */
    public static <T0, T1, T2, T3, T4, T5, T6, T7> Tuple8<T0, T1, T2, T3, T4, T5, T6, T7> of(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4, T5 f5, T6 f6, T7 f7) {
        return new Tuple8<>(f0, f1, f2, f3, f4, f5, f6, f7);
    }

    /** Like Flink: "(f0,f1,...)", with arrays printed element by element. */
    @Override
    public String toString() {
        return "(" + arrayAwareToString(this.f0) + "," + arrayAwareToString(this.f1) + "," + arrayAwareToString(this.f2) + "," + arrayAwareToString(this.f3) + "," + arrayAwareToString(this.f4) + "," + arrayAwareToString(this.f5) + "," + arrayAwareToString(this.f6) + "," + arrayAwareToString(this.f7) + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tuple8)) {
            return false;
        }
        @SuppressWarnings("rawtypes")
        Tuple8 that = (Tuple8) o;
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
        if (f4 != null ? !f4.equals(that.f4) : that.f4 != null) {
            return false;
        }
        if (f5 != null ? !f5.equals(that.f5) : that.f5 != null) {
            return false;
        }
        if (f6 != null ? !f6.equals(that.f6) : that.f6 != null) {
            return false;
        }
        if (f7 != null ? !f7.equals(that.f7) : that.f7 != null) {
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
        result = 31 * result + (f4 != null ? f4.hashCode() : 0);
        result = 31 * result + (f5 != null ? f5.hashCode() : 0);
        result = 31 * result + (f6 != null ? f6.hashCode() : 0);
        result = 31 * result + (f7 != null ? f7.hashCode() : 0);
        return result;
    }

    static String arrayAwareToString(Object o) {
        return TupleStrings.toString(o);
    }
}

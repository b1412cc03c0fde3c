package io.eddy.api.tuple;

/**
 * A tuple with 17 fields, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16; fields may be of any type, including null.
 */
public class Tuple17<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> extends Tuple {

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

    /** Field 8 of the tuple. */
    public T8 f8;

    /** Field 9 of the tuple. */
    public T9 f9;

    /** Field 10 of the tuple. */
    public T10 f10;

    /** Field 11 of the tuple. */
    public T11 f11;

    /** Field 12 of the tuple. */
    public T12 f12;

    /** Field 13 of the tuple. */
    public T13 f13;

    /** Field 14 of the tuple. */
    public T14 f14;

    /** Field 15 of the tuple. */
    public T15 f15;

    /** Field 16 of the tuple. */
    public T16 f16;

    /** Creates a tuple with all fields null. */
    public Tuple17() {}

    public Tuple17(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4, T5 f5, T6 f6, T7 f7, T8 f8, T9 f9, T10 f10, T11 f11, T12 f12, T13 f13, T14 f14, T15 f15, T16 f16) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
        this.f4 = f4;
        this.f5 = f5;
        this.f6 = f6;
        this.f7 = f7;
        this.f8 = f8;
        this.f9 = f9;
        this.f10 = f10;
        this.f11 = f11;
        this.f12 = f12;
        this.f13 = f13;
        this.f14 = f14;
        this.f15 = f15;
        this.f16 = f16;
    }

    @Override
    public int getArity() {
        return 17;
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
            case 8: return (T) this.f8;
            case 9: return (T) this.f9;
            case 10: return (T) this.f10;
            case 11: return (T) this.f11;
            case 12: return (T) this.f12;
            case 13: return (T) this.f13;
            case 14: return (T) this.f14;
            case 15: return (T) this.f15;
            case 16: return (T) this.f16;
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
            case 8:
                this.f8 = (T8) value;
                break;
            case 9:
                this.f9 = (T9) value;
                break;
            case 10:
                this.f10 = (T10) value;
                break;
            case 11:
                this.f11 = (T11) value;
                break;
            case 12:
                this.f12 = (T12) value;
                break;
            case 13:
                this.f13 = (T13) value;
                break;
            case 14:
                this.f14 = (T14) value;
                break;
            case 15:
                this.f15 = (T15) value;
                break;
            case 16:
                this.f16 = (T16) value;
                break;
            default: throw new IndexOutOfBoundsException(String.valueOf(pos));
        }
    }

    /** Sets all fields at once. */
    public void setFields(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4, T5 f5, T6 f6, T7 f7, T8 f8, T9 f9, T10 f10, T11 f11, T12 f12, T13 f13, T14 f14, T15 f15, T16 f16) {
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
        this.f4 = f4;
        this.f5 = f5;
        this.f6 = f6;
        this.f7 = f7;
        this.f8 = f8;
        this.f9 = f9;
        this.f10 = f10;
        this.f11 = f11;
        this.f12 = f12;
        this.f13 = f13;
        this.f14 = f14;
        this.f15 = f15;
        this.f16 = f16;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Tuple17<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> copy() {
        return new Tuple17<>(this.f0, this.f1, this.f2, this.f3, this.f4, this.f5, this.f6, this.f7, this.f8, this.f9, this.f10, this.f11, this.f12, this.f13, this.f14, this.f15, this.f16);
    }

    /** Creates a tuple from the given values, inferring the field types. */
    public static <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> Tuple17<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> of(T0 f0, T1 f1, T2 f2, T3 f3, T4 f4, T5 f5, T6 f6, T7 f7, T8 f8, T9 f9, T10 f10, T11 f11, T12 f12, T13 f13, T14 f14, T15 f15, T16 f16) {
        return new Tuple17<>(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16);
    }

    /** Like Flink: "(f0,f1,...)", with arrays printed element by element. */
    @Override
    public String toString() {
        return "(" + arrayAwareToString(this.f0) + "," + arrayAwareToString(this.f1) + "," + arrayAwareToString(this.f2) + "," + arrayAwareToString(this.f3) + "," + arrayAwareToString(this.f4) + "," + arrayAwareToString(this.f5) + "," + arrayAwareToString(this.f6) + "," + arrayAwareToString(this.f7) + "," + arrayAwareToString(this.f8) + "," + arrayAwareToString(this.f9) + "," + arrayAwareToString(this.f10) + "," + arrayAwareToString(this.f11) + "," + arrayAwareToString(this.f12) + "," + arrayAwareToString(this.f13) + "," + arrayAwareToString(this.f14) + "," + arrayAwareToString(this.f15) + "," + arrayAwareToString(this.f16) + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tuple17)) {
            return false;
        }
        @SuppressWarnings("rawtypes")
        Tuple17 that = (Tuple17) o;
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
        if (f8 != null ? !f8.equals(that.f8) : that.f8 != null) {
            return false;
        }
        if (f9 != null ? !f9.equals(that.f9) : that.f9 != null) {
            return false;
        }
        if (f10 != null ? !f10.equals(that.f10) : that.f10 != null) {
            return false;
        }
        if (f11 != null ? !f11.equals(that.f11) : that.f11 != null) {
            return false;
        }
        if (f12 != null ? !f12.equals(that.f12) : that.f12 != null) {
            return false;
        }
        if (f13 != null ? !f13.equals(that.f13) : that.f13 != null) {
            return false;
        }
        if (f14 != null ? !f14.equals(that.f14) : that.f14 != null) {
            return false;
        }
        if (f15 != null ? !f15.equals(that.f15) : that.f15 != null) {
            return false;
        }
        if (f16 != null ? !f16.equals(that.f16) : that.f16 != null) {
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
        result = 31 * result + (f8 != null ? f8.hashCode() : 0);
        result = 31 * result + (f9 != null ? f9.hashCode() : 0);
        result = 31 * result + (f10 != null ? f10.hashCode() : 0);
        result = 31 * result + (f11 != null ? f11.hashCode() : 0);
        result = 31 * result + (f12 != null ? f12.hashCode() : 0);
        result = 31 * result + (f13 != null ? f13.hashCode() : 0);
        result = 31 * result + (f14 != null ? f14.hashCode() : 0);
        result = 31 * result + (f15 != null ? f15.hashCode() : 0);
        result = 31 * result + (f16 != null ? f16.hashCode() : 0);
        return result;
    }

    static String arrayAwareToString(Object o) {
        return TupleStrings.toString(o);
    }
}

package io.eddy.api.operators.translation;

import io.eddy.api.InvalidProgramException;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.TypeInformation;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The reduce function behind {@code aggregate(SUM, 1).and(MIN, 2)}: folds the aggregated fields of
 * the second tuple into the first. Fields not aggregated keep the first tuple's value, as in Flink
 * (where they are undefined).
 */
public final class AggregatingReduceFunction<T extends Tuple> implements ReduceFunction<T> {

    private static final long serialVersionUID = 1L;

    private final int[] fields;
    private final Aggregations[] aggregations;
    private final FieldKind[] kinds;

    private enum FieldKind { INT, LONG, DOUBLE, FLOAT, SHORT, BYTE, BIG_INTEGER, BIG_DECIMAL, COMPARABLE }

    public AggregatingReduceFunction(TypeInformation<?>[] fieldTypes, int[] fields, Aggregations[] aggregations) {
        this.fields = fields.clone();
        this.aggregations = aggregations.clone();
        this.kinds = new FieldKind[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Class<?> c = fieldTypes[i].getTypeClass();
            kinds[i] = kindOf(c);
            if (kinds[i] == FieldKind.COMPARABLE && aggregations[i] == Aggregations.SUM) {
                throw new InvalidProgramException("Cannot sum field " + fields[i] + " of type " + c.getName()
                        + ": SUM works on numeric fields only.");
            }
            if (kinds[i] == FieldKind.COMPARABLE && !Comparable.class.isAssignableFrom(c)) {
                throw new InvalidProgramException("Cannot compute " + aggregations[i] + " of field " + fields[i]
                        + " of type " + c.getName() + ": the type is not Comparable.");
            }
        }
    }

    private static FieldKind kindOf(Class<?> c) {
        if (c == Integer.class || c == int.class) {
            return FieldKind.INT;
        } else if (c == Long.class || c == long.class) {
            return FieldKind.LONG;
        } else if (c == Double.class || c == double.class) {
            return FieldKind.DOUBLE;
        } else if (c == Float.class || c == float.class) {
            return FieldKind.FLOAT;
        } else if (c == Short.class || c == short.class) {
            return FieldKind.SHORT;
        } else if (c == Byte.class || c == byte.class) {
            return FieldKind.BYTE;
        } else if (c == BigInteger.class) {
            return FieldKind.BIG_INTEGER;
        } else if (c == BigDecimal.class) {
            return FieldKind.BIG_DECIMAL;
        }
        return FieldKind.COMPARABLE;
    }

    @Override
    public T reduce(T value1, T value2) {
        for (int i = 0; i < fields.length; i++) {
            int pos = fields[i];
            Object a = value1.getField(pos);
            Object b = value2.getField(pos);
            value1.setField(aggregations[i] == Aggregations.SUM ? sum(kinds[i], a, b) : minOrMax(aggregations[i], a, b), pos);
        }
        return value1;
    }

    private static Object sum(FieldKind kind, Object a, Object b) {
        return switch (kind) {
            case INT -> (Integer) a + (Integer) b;
            case LONG -> (Long) a + (Long) b;
            case DOUBLE -> (Double) a + (Double) b;
            case FLOAT -> (Float) a + (Float) b;
            case SHORT -> (short) ((Short) a + (Short) b);
            case BYTE -> (byte) ((Byte) a + (Byte) b);
            case BIG_INTEGER -> ((BigInteger) a).add((BigInteger) b);
            case BIG_DECIMAL -> ((BigDecimal) a).add((BigDecimal) b);
            default -> throw new IllegalStateException("SUM of a non-numeric field");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object minOrMax(Aggregations agg, Object a, Object b) {
        int c = ((Comparable) a).compareTo(b);
        if (agg == Aggregations.MIN) {
            return c <= 0 ? a : b;
        }
        return c >= 0 ? a : b;
    }
}

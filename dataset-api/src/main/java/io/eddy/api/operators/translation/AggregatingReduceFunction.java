package io.eddy.api.operators.translation;

import io.eddy.api.InvalidProgramException;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.hash.InPlaceUpdater;
import io.eddy.runtime.memory.ByteArrays;
import io.eddy.runtime.memory.MemorySegment;
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

    /**
     * An updater that applies this aggregation to serialized tuples in place, or null if it cannot:
     * every aggregated field must lie in the fixed-size tail after the key (fields
     * {@code keyFields ..}, all of fixed length) and be a primitive number. Sums wrap around on
     * overflow exactly like {@link #reduce}; minima and maxima keep the stored value on ties.
     *
     * @param fieldLengths the serialized length of every tuple field, -1 where it varies
     * @param keyFields the number of leading key fields (the key is the serialized prefix)
     */
    public InPlaceUpdater<T> inPlaceUpdater(int[] fieldLengths, int keyFields) {
        int tailLength = 0;
        int[] fieldOffset = new int[fieldLengths.length];
        for (int f = keyFields; f < fieldLengths.length; f++) {
            if (fieldLengths[f] <= 0) {
                return null;
            }
            fieldOffset[f] = tailLength;
            tailLength += fieldLengths[f];
        }
        int[] offsets = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] < keyFields || fields[i] >= fieldLengths.length
                    || kinds[i] == FieldKind.BIG_INTEGER || kinds[i] == FieldKind.BIG_DECIMAL || kinds[i] == FieldKind.COMPARABLE) {
                return null;
            }
            offsets[i] = fieldOffset[fields[i]];
        }
        return new TupleFieldUpdater<>(fields, offsets, aggregations, kinds, tailLength);
    }

    /** Applies the aggregations to the big-endian fields of a serialized tuple's tail. */
    private static final class TupleFieldUpdater<T extends Tuple> implements InPlaceUpdater<T> {
        private final int[] fields;
        private final int[] offsets;
        private final Aggregations[] aggregations;
        private final FieldKind[] kinds;
        private final int tailLength;

        TupleFieldUpdater(int[] fields, int[] offsets, Aggregations[] aggregations, FieldKind[] kinds, int tailLength) {
            this.fields = fields;
            this.offsets = offsets;
            this.aggregations = aggregations;
            this.kinds = kinds;
            this.tailLength = tailLength;
        }

        @Override
        public int tailLength() {
            return tailLength;
        }

        @Override
        public void update(T record, MemorySegment stored, int tailOffset) {
            for (int i = 0; i < fields.length; i++) {
                Object value = record.getField(fields[i]);
                long incoming = switch (kinds[i]) {
                    case LONG -> (Long) value;
                    case INT -> (Integer) value;
                    case SHORT -> (Short) value;
                    case BYTE -> (Byte) value;
                    case DOUBLE -> Double.doubleToRawLongBits((Double) value);
                    case FLOAT -> Float.floatToRawIntBits((Float) value);
                    default -> throw new IllegalStateException("not a primitive field: " + kinds[i]);
                };
                fold(i, stored, tailOffset + offsets[i], incoming);
            }
        }

        @Override
        public boolean supportsSerializedRecords() {
            return true;
        }

        @Override
        public void updateSerialized(byte[] record, int recordTailOffset, MemorySegment stored, int tailOffset) {
            for (int i = 0; i < fields.length; i++) {
                int from = recordTailOffset + offsets[i];
                long incoming = switch (kinds[i]) {
                    case LONG, DOUBLE -> ByteArrays.getLong(record, from);
                    case INT, FLOAT -> ByteArrays.getInt(record, from);
                    case SHORT -> ByteArrays.getShort(record, from);
                    case BYTE -> record[from];
                    default -> throw new IllegalStateException("not a primitive field: " + kinds[i]);
                };
                fold(i, stored, tailOffset + offsets[i], incoming);
            }
        }

        /**
         * Folds the incoming value of aggregation {@code i} into the stored field at {@code at}:
         * integers as their value, doubles and floats as their raw bits.
         */
        private void fold(int i, MemorySegment stored, int at, long incoming) {
            Aggregations aggregation = aggregations[i];
            switch (kinds[i]) {
                case LONG -> stored.putLong(at, combine(aggregation, stored.getLong(at), incoming));
                case INT -> stored.putInt(at, (int) combine(aggregation, stored.getInt(at), (int) incoming));
                case SHORT -> stored.putShort(at, (short) combine(aggregation, stored.getShort(at), (short) incoming));
                case BYTE -> stored.put(at, (byte) combine(aggregation, stored.get(at), (byte) incoming));
                case DOUBLE -> stored.putLong(at, Double.doubleToRawLongBits(combine(aggregation,
                        Double.longBitsToDouble(stored.getLong(at)), Double.longBitsToDouble(incoming))));
                case FLOAT -> stored.putInt(at, Float.floatToRawIntBits((float) combine(aggregation,
                        Float.intBitsToFloat(stored.getInt(at)), Float.intBitsToFloat((int) incoming))));
                default -> throw new IllegalStateException("not a primitive field: " + kinds[i]);
            }
        }

        private static long combine(Aggregations aggregation, long stored, long incoming) {
            return switch (aggregation) {
                case SUM -> stored + incoming;
                case MIN -> incoming < stored ? incoming : stored;
                case MAX -> incoming > stored ? incoming : stored;
            };
        }

        private static double combine(Aggregations aggregation, double stored, double incoming) {
            return switch (aggregation) {
                case SUM -> stored + incoming;
                case MIN -> Double.compare(incoming, stored) < 0 ? incoming : stored;
                case MAX -> Double.compare(incoming, stored) > 0 ? incoming : stored;
            };
        }
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

package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.AtomicType;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.TypeComparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Type information of types made of named fields (tuples, POJOs, records). Fields are addressed by
 * position or by expression ({@code "f1.f0"}, {@code "user.address.city"}, {@code "*"}/{@code "_"} for
 * all); keys are expressed as <em>flat</em> field positions, numbering the atomic leaves depth first.
 */
public abstract class CompositeType<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    /** Selects all fields of a type in a field expression. */
    public static final String WILDCARD_JAVA = "*";

    /** Selects all fields of a type in a field expression (Scala-style). */
    public static final String WILDCARD_SCALA = "_";

    protected final Class<T> typeClass;

    protected CompositeType(Class<T> typeClass) {
        this.typeClass = Objects.requireNonNull(typeClass, "typeClass");
    }

    @Override
    public Class<T> getTypeClass() {
        return typeClass;
    }

    /** The field names in field order. */
    public abstract String[] getFieldNames();

    /** The position of a top-level field, or -1 if there is none of that name. */
    public abstract int getFieldIndex(String fieldName);

    /** The type of the top-level field at {@code pos}. */
    public abstract <X> TypeInformation<X> getTypeAt(int pos);

    /**
     * Builds the comparator from key fields already resolved to top-level fields.
     *
     * @param keyFieldIndices the top-level field of each key field, in key order (may repeat)
     * @param fieldComparators the comparator for each key field (nested composite ones for keys
     *     inside a composite field)
     */
    protected abstract TypeComparator<T> createComparator(int[] keyFieldIndices, TypeComparator<?>[] fieldComparators,
            ExecutionConfig config);

    /** The type of a field expression such as {@code "f1.f0"} or {@code "address.city"}. */
    @SuppressWarnings("unchecked")
    public <X> TypeInformation<X> getTypeAt(String fieldExpression) {
        String expression = fieldExpression.trim();
        if (expression.equals(WILDCARD_JAVA) || expression.equals(WILDCARD_SCALA)) {
            return (TypeInformation<X>) this;
        }
        int dot = expression.indexOf('.');
        String head = dot < 0 ? expression : expression.substring(0, dot);
        int index = getFieldIndex(head);
        if (index < 0) {
            throw new InvalidFieldReferenceException(unknownField(head));
        }
        TypeInformation<X> fieldType = getTypeAt(index);
        if (dot < 0) {
            return fieldType;
        }
        if (!(fieldType instanceof CompositeType)) {
            throw new InvalidFieldReferenceException("Field '" + head + "' of " + this + " is of the atomic type "
                    + fieldType + " and has no nested field '" + expression.substring(dot + 1) + "'");
        }
        return ((CompositeType<?>) fieldType).getTypeAt(expression.substring(dot + 1));
    }

    /** True if a top-level field of that name exists. */
    public boolean hasField(String fieldName) {
        return getFieldIndex(fieldName) >= 0;
    }

    /** True: field order is fixed by the type's definition. */
    public boolean hasDeterministicFieldOrder() {
        return true;
    }

    @Override
    public int getArity() {
        return getFieldNames().length;
    }

    @Override
    public int getTotalFields() {
        int total = 0;
        for (int i = 0; i < getArity(); i++) {
            total += getTypeAt(i).getTotalFields();
        }
        return total;
    }

    /** True if every field is a key type. */
    @Override
    public boolean isKeyType() {
        for (int i = 0; i < getArity(); i++) {
            if (!getTypeAt(i).isKeyType()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isSortKeyType() {
        for (int i = 0; i < getArity(); i++) {
            if (!getTypeAt(i).isSortKeyType()) {
                return false;
            }
        }
        return true;
    }

    /** The flat position of the first leaf of top-level field {@code pos}. */
    public int getFlatFieldOffset(int pos) {
        int offset = 0;
        for (int i = 0; i < pos; i++) {
            offset += getTypeAt(i).getTotalFields();
        }
        return offset;
    }

    /** The flat fields selected by a field expression. */
    public List<FlatFieldDescriptor> getFlatFields(String fieldExpression) {
        List<FlatFieldDescriptor> result = new ArrayList<>();
        getFlatFields(fieldExpression, 0, result);
        return result;
    }

    /**
     * Adds the flat fields selected by {@code fieldExpression} to {@code result}, numbering them from
     * {@code offset}. Selecting a composite field selects all its leaves.
     */
    public void getFlatFields(String fieldExpression, int offset, List<FlatFieldDescriptor> result) {
        String expression = fieldExpression.trim();
        if (expression.equals(WILDCARD_JAVA) || expression.equals(WILDCARD_SCALA)) {
            for (int i = 0; i < getArity(); i++) {
                addAllLeaves(getTypeAt(i), offset + getFlatFieldOffset(i), result);
            }
            return;
        }
        int dot = expression.indexOf('.');
        String head = dot < 0 ? expression : expression.substring(0, dot);
        int index = getFieldIndex(head);
        if (index < 0) {
            throw new InvalidFieldReferenceException(unknownField(head));
        }
        TypeInformation<?> fieldType = getTypeAt(index);
        int fieldOffset = offset + getFlatFieldOffset(index);
        if (dot < 0) {
            addAllLeaves(fieldType, fieldOffset, result);
        } else if (fieldType instanceof CompositeType) {
            ((CompositeType<?>) fieldType).getFlatFields(expression.substring(dot + 1), fieldOffset, result);
        } else {
            throw new InvalidFieldReferenceException("Field '" + head + "' of " + this + " is of the atomic type "
                    + fieldType + " and has no nested field '" + expression.substring(dot + 1) + "'");
        }
    }

    private static void addAllLeaves(TypeInformation<?> type, int offset, List<FlatFieldDescriptor> result) {
        if (type instanceof CompositeType) {
            ((CompositeType<?>) type).getFlatFields(WILDCARD_JAVA, offset, result);
        } else {
            result.add(new FlatFieldDescriptor(offset, type));
        }
    }

    private String unknownField(String name) {
        return "Invalid field expression: " + this + " has no field '" + name + "'; its fields are "
                + String.join(", ", getFieldNames());
    }

    /**
     * Creates a comparator on flat key fields. Each flat key becomes one key field of the result: the
     * atomic field's comparator, or for a leaf inside a composite field, a one-key comparator on that
     * composite field. Flat hashing (see {@code io.eddy.runtime.types}) makes both hash alike.
     *
     * @param logicalKeyFields flat key positions, in key order
     * @param orders sort order per key field (true = ascending)
     * @param logicalFieldOffset the flat position of this type's first leaf
     */
    public TypeComparator<T> createComparator(int[] logicalKeyFields, boolean[] orders, int logicalFieldOffset,
            ExecutionConfig config) {
        int[] keyFieldIndices = new int[logicalKeyFields.length];
        TypeComparator<?>[] comparators = new TypeComparator<?>[logicalKeyFields.length];
        for (int k = 0; k < logicalKeyFields.length; k++) {
            int key = logicalKeyFields[k];
            int fieldStart = logicalFieldOffset;
            boolean found = false;
            for (int i = 0; i < getArity() && !found; i++) {
                TypeInformation<?> fieldType = getTypeAt(i);
                int width = fieldType.getTotalFields();
                if (key >= fieldStart && key < fieldStart + width) {
                    keyFieldIndices[k] = i;
                    comparators[k] = fieldComparator(fieldType, key, orders[k], fieldStart, config);
                    found = true;
                }
                fieldStart += width;
            }
            if (!found) {
                throw new InvalidFieldReferenceException("Flat key position " + key + " is out of range for " + this);
            }
        }
        return createComparator(keyFieldIndices, comparators, config);
    }

    private TypeComparator<?> fieldComparator(TypeInformation<?> fieldType, int key, boolean ascending, int fieldStart,
            ExecutionConfig config) {
        if (fieldType instanceof CompositeType) {
            return ((CompositeType<?>) fieldType).createComparator(new int[] {key}, new boolean[] {ascending}, fieldStart, config);
        }
        if (fieldType instanceof AtomicType && fieldType.isKeyType()) {
            return ((AtomicType<?>) fieldType).createComparator(ascending, config);
        }
        throw new InvalidFieldReferenceException("Field of type " + fieldType + " in " + this + " cannot be used as a key");
    }

    /** A flat (atomic) field selected by an expression: its flat position and type. */
    public static final class FlatFieldDescriptor {

        private final int keyPosition;

        private final TypeInformation<?> type;

        public FlatFieldDescriptor(int keyPosition, TypeInformation<?> type) {
            this.keyPosition = keyPosition;
            this.type = type;
        }

        public int getPosition() {
            return keyPosition;
        }

        public TypeInformation<?> getType() {
            return type;
        }

        @Override
        public String toString() {
            return "FlatFieldDescriptor[position=" + keyPosition + ", type=" + type + "]";
        }
    }

    /** Thrown for a field expression naming no field. */
    public static final class InvalidFieldReferenceException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        public InvalidFieldReferenceException(String message) {
            super(message);
        }
    }
}

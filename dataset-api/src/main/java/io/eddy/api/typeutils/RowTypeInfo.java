package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.Row;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * Type information for position-based {@link Row}s: one type per field, field names {@code f0..fN-1}
 * unless given. Rows can be keyed by position ({@code groupBy(0)}) or by field name, sorted and
 * shipped; their fields may be null, but key fields may not.
 */
public class RowTypeInfo extends CompositeType<Row> {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<?>[] types;

    protected final String[] fieldNames;

    public RowTypeInfo(TypeInformation<?>... types) {
        this(types, defaultNames(types.length));
    }

    public RowTypeInfo(TypeInformation<?>[] types, String[] fieldNames) {
        super(Row.class);
        if (types.length != fieldNames.length) {
            throw new IllegalArgumentException("Number of field types and names is different.");
        }
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                throw new IllegalArgumentException("The type of row field " + i + " is null");
            }
            if (fieldNames[i] == null || !unique.add(fieldNames[i])) {
                throw new IllegalArgumentException("Field names must be unique and not null: " + Arrays.toString(fieldNames));
            }
        }
        this.types = types.clone();
        this.fieldNames = fieldNames.clone();
    }

    private static String[] defaultNames(int arity) {
        String[] names = new String[arity];
        for (int i = 0; i < arity; i++) {
            names[i] = "f" + i;
        }
        return names;
    }

    /** A row type of the given fields of {@code rowType}, in that order, keeping their names. */
    public static RowTypeInfo projectFields(RowTypeInfo rowType, int[] fieldMapping) {
        TypeInformation<?>[] fieldTypes = new TypeInformation<?>[fieldMapping.length];
        String[] names = new String[fieldMapping.length];
        for (int i = 0; i < fieldMapping.length; i++) {
            fieldTypes[i] = rowType.types[fieldMapping[i]];
            names[i] = rowType.fieldNames[fieldMapping[i]];
        }
        return new RowTypeInfo(fieldTypes, names);
    }

    /** The field types in field order. */
    public TypeInformation<?>[] getFieldTypes() {
        return types.clone();
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    /** False: rows are not {@code Tuple}s, though they are keyed by position like them. */
    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return types.length;
    }

    @Override
    public String[] getFieldNames() {
        return fieldNames.clone();
    }

    /** The position of a field name, or of a plain position such as {@code "2"}; -1 if neither. */
    @Override
    public int getFieldIndex(String fieldName) {
        String name = fieldName.trim();
        for (int i = 0; i < fieldNames.length; i++) {
            if (fieldNames[i].equals(name)) {
                return i;
            }
        }
        if (!name.isEmpty() && name.length() <= 4 && name.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(name);
            return index < types.length ? index : -1;
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> TypeInformation<X> getTypeAt(int pos) {
        if (pos < 0 || pos >= types.length) {
            throw new IndexOutOfBoundsException("Row field " + pos + " of " + this);
        }
        return (TypeInformation<X>) types[pos];
    }

    @Override
    public TypeSerializer<Row> createSerializer(ExecutionConfig config) {
        TypeSerializer<?>[] fieldSerializers = new TypeSerializer<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            fieldSerializers[i] = types[i].createSerializer(config);
        }
        LinkedHashMap<String, Integer> positionByName = new LinkedHashMap<>();
        for (int i = 0; i < fieldNames.length; i++) {
            positionByName.put(fieldNames[i], i);
        }
        return new RowSerializer(fieldSerializers, positionByName);
    }

    @Override
    protected TypeComparator<Row> createComparator(int[] keyFieldIndices, TypeComparator<?>[] fieldComparators,
            ExecutionConfig config) {
        return new RowComparator(keyFieldIndices, fieldComparators, createSerializer(config));
    }

    /** Flink's form: {@code Row(f0: Integer, name: String)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Row(");
        for (int i = 0; i < types.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(fieldNames[i]).append(": ").append(types[i]);
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RowTypeInfo)) {
            return false;
        }
        RowTypeInfo other = (RowTypeInfo) obj;
        return other.canEqual(this) && Arrays.equals(types, other.types) && Arrays.equals(fieldNames, other.fieldNames);
    }

    @Override
    public boolean canEqual(Object obj) {
        return obj instanceof RowTypeInfo;
    }

    /** Equal field types, whatever the names. */
    public boolean schemaEquals(Object obj) {
        return obj instanceof RowTypeInfo && Arrays.equals(types, ((RowTypeInfo) obj).types);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(types) + Arrays.hashCode(fieldNames);
    }
}

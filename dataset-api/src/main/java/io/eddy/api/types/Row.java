package io.eddy.api.types;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A row of fields of any type, each of which may be null (Flink's {@code Row}): the record type of
 * programs whose schema is known only at run time. Type information comes from
 * {@code io.eddy.api.typeutils.RowTypeInfo}, e.g. {@code .returns(Types.ROW(Types.INT, Types.STRING))};
 * with it, rows can be keys by position, be sorted and cross task boundaries.
 *
 * <p>As in Flink, a row works in one of two modes. <em>Position-based</em> rows ({@link #of},
 * {@link #withPositions}) have a fixed arity and are addressed by index; rows read back by a
 * serializer whose type names its fields can also be read by name. <em>Name-based</em> rows
 * ({@link #withNames}) grow as fields are set by name and cannot be addressed by index. Every row
 * carries a {@link RowKind}, {@link RowKind#INSERT} unless set otherwise.
 */
public final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private RowKind kind;

    /** Position-based mode; null in name-based mode. */
    private final Object[] fieldByPosition;

    /** Name-based mode; null in position-based mode. */
    private final Map<String, Object> fieldByName;

    /** In position-based mode, the names of the positions if the row's type named them (may be null). */
    private final LinkedHashMap<String, Integer> positionByName;

    Row(RowKind kind, Object[] fieldByPosition, Map<String, Object> fieldByName,
            LinkedHashMap<String, Integer> positionByName) {
        this.kind = Objects.requireNonNull(kind, "Row kind must not be null.");
        this.fieldByPosition = fieldByPosition;
        this.fieldByName = fieldByName;
        this.positionByName = positionByName;
    }

    /** A position-based row of {@code arity} null fields and the given kind. */
    public Row(RowKind kind, int arity) {
        this(kind, new Object[arity], null, null);
    }

    /** A position-based row of {@code arity} null fields. */
    public Row(int arity) {
        this(RowKind.INSERT, arity);
    }

    /** A position-based row of {@code arity} null fields and the given kind. */
    public static Row withPositions(RowKind kind, int arity) {
        return new Row(kind, arity);
    }

    /** A position-based row of {@code arity} null fields. */
    public static Row withPositions(int arity) {
        return new Row(arity);
    }

    /** An empty name-based row of the given kind. */
    public static Row withNames(RowKind kind) {
        return new Row(kind, null, new HashMap<>(), null);
    }

    /** An empty name-based row. */
    public static Row withNames() {
        return withNames(RowKind.INSERT);
    }

    /**
     * A position-based row whose positions can also be read by name; serializers of named row types
     * create these. The map is shared, not copied.
     */
    public static Row withNamedPositions(RowKind kind, Object[] fields, LinkedHashMap<String, Integer> positionByName) {
        return new Row(kind, fields, null, positionByName);
    }

    public RowKind getKind() {
        return kind;
    }

    public void setKind(RowKind kind) {
        this.kind = Objects.requireNonNull(kind, "Row kind must not be null.");
    }

    /** The number of fields: fixed for position-based rows, the number of set fields for name-based ones. */
    public int getArity() {
        return fieldByPosition != null ? fieldByPosition.length : fieldByName.size();
    }

    /** The field at {@code pos}; position-based rows only. */
    public Object getField(int pos) {
        return positions()[pos];
    }

    /** The field at {@code pos}, cast to the caller's type. */
    @SuppressWarnings("unchecked")
    public <T> T getFieldAs(int pos) {
        return (T) getField(pos);
    }

    /** The field called {@code name}: name-based rows, or position-based rows whose positions have names. */
    public Object getField(String name) {
        if (fieldByName != null) {
            return fieldByName.get(name);
        }
        return fieldByPosition[namedPosition(name)];
    }

    /** The field called {@code name}, cast to the caller's type. */
    @SuppressWarnings("unchecked")
    public <T> T getFieldAs(String name) {
        return (T) getField(name);
    }

    /** Sets the field at {@code pos}; position-based rows only. */
    public void setField(int pos, Object value) {
        positions()[pos] = value;
    }

    /** Sets the field called {@code name}. */
    public void setField(String name, Object value) {
        if (fieldByName != null) {
            fieldByName.put(name, value);
        } else {
            fieldByPosition[namedPosition(name)] = value;
        }
    }

    /**
     * The field names: those set on a name-based row, or with {@code includeNamedPositions} the names
     * of a position-based row's positions; null where the row has no names.
     */
    public Set<String> getFieldNames(boolean includeNamedPositions) {
        if (fieldByName != null) {
            return fieldByName.keySet();
        }
        if (includeNamedPositions && positionByName != null) {
            return positionByName.keySet();
        }
        return null;
    }

    /** Sets every field to null (position-based) or removes every field (name-based); keeps the kind. */
    public void clear() {
        if (fieldByPosition != null) {
            Arrays.fill(fieldByPosition, null);
        } else {
            fieldByName.clear();
        }
    }

    private Object[] positions() {
        if (fieldByPosition == null) {
            throw new IllegalArgumentException("Accessing a field by position is not supported in name-based field mode.");
        }
        return fieldByPosition;
    }

    private int namedPosition(String name) {
        if (positionByName == null) {
            throw new IllegalArgumentException("Accessing a field by name is not supported in position-based field mode.");
        }
        Integer pos = positionByName.get(name);
        if (pos == null) {
            throw new IllegalArgumentException("Unknown field name '" + name + "' for mapping to a position.");
        }
        return pos;
    }

    /** A position-based row of the given values. */
    public static Row of(Object... values) {
        return ofKind(RowKind.INSERT, values);
    }

    /** A position-based row of the given kind and values. */
    public static Row ofKind(RowKind kind, Object... values) {
        return new Row(kind, values.clone(), null, null);
    }

    /** A shallow copy: the same kind and mode, field values shared. */
    public static Row copy(Row row) {
        return new Row(row.kind, row.fieldByPosition == null ? null : row.fieldByPosition.clone(),
                row.fieldByName == null ? null : new HashMap<>(row.fieldByName), row.positionByName);
    }

    /** A position-based row of the fields of {@code row} at {@code fieldPositions}, in that order. */
    public static Row project(Row row, int[] fieldPositions) {
        Object[] values = new Object[fieldPositions.length];
        for (int i = 0; i < fieldPositions.length; i++) {
            values[i] = row.getField(fieldPositions[i]);
        }
        return new Row(row.kind, values, null, null);
    }

    /** A name-based row of the fields of {@code row} called {@code fieldNames}. */
    public static Row project(Row row, String[] fieldNames) {
        Row projected = withNames(row.kind);
        for (String name : fieldNames) {
            projected.setField(name, row.getField(name));
        }
        return projected;
    }

    /** A position-based row of the fields of {@code first} followed by those of each further row; the kind of {@code first}. */
    public static Row join(Row first, Row... remainings) {
        int arity = first.getArity();
        for (Row row : remainings) {
            arity += row.getArity();
        }
        Object[] values = new Object[arity];
        System.arraycopy(first.positions(), 0, values, 0, first.getArity());
        int offset = first.getArity();
        for (Row row : remainings) {
            System.arraycopy(row.positions(), 0, values, offset, row.getArity());
            offset += row.getArity();
        }
        return new Row(first.kind, values, null, null);
    }

    /** Flink's form: {@code +I[1, a, null]} for position-based rows, {@code +I{id=1, name=a}} for name-based ones. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.shortString());
        if (fieldByPosition != null) {
            sb.append('[');
            for (int i = 0; i < fieldByPosition.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(deepToString(fieldByPosition[i]));
            }
            return sb.append(']').toString();
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : fieldByName.entrySet()) {
            sb.append(first ? "" : ", ").append(entry.getKey()).append('=').append(deepToString(entry.getValue()));
            first = false;
        }
        return sb.append('}').toString();
    }

    private static String deepToString(Object value) {
        if (value != null && value.getClass().isArray()) {
            String text = Arrays.deepToString(new Object[] {value});
            return text.substring(1, text.length() - 1);
        }
        return String.valueOf(value);
    }

    /** Equal kinds and deeply equal fields (arrays, lists, maps and nested rows by content), as in Flink. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Row)) {
            return false;
        }
        Row other = (Row) obj;
        if (kind != other.kind) {
            return false;
        }
        if (fieldByPosition != null && other.fieldByPosition != null) {
            return deepEquals(fieldByPosition, other.fieldByPosition);
        }
        return deepEquals(byName(), other.byName());
    }

    /** The row's fields by name, for comparing name-based rows (null for a position-based row without names). */
    private Map<String, Object> byName() {
        if (fieldByName != null) {
            return fieldByName;
        }
        if (positionByName == null) {
            return null;
        }
        Map<String, Object> named = new HashMap<>();
        positionByName.forEach((name, pos) -> named.put(name, fieldByPosition[pos]));
        return named;
    }

    @Override
    public int hashCode() {
        int result = kind.toByteValue();
        if (fieldByPosition != null) {
            for (Object field : fieldByPosition) {
                result = 31 * result + deepHashCode(field);
            }
            return result;
        }
        return 31 * result + deepHashCode(fieldByName);
    }

    private static boolean deepEquals(Object first, Object second) {
        if (first == second) {
            return true;
        }
        if (first == null || second == null) {
            return false;
        }
        if (first instanceof Object[] && second instanceof Object[]) {
            Object[] a = (Object[]) first;
            Object[] b = (Object[]) second;
            if (a.getClass() != b.getClass() || a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (!deepEquals(a[i], b[i])) {
                    return false;
                }
            }
            return true;
        }
        if (first instanceof Map && second instanceof Map) {
            Map<?, ?> a = (Map<?, ?>) first;
            Map<?, ?> b = (Map<?, ?>) second;
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : a.entrySet()) {
                if (!b.containsKey(entry.getKey()) || !deepEquals(entry.getValue(), b.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (first instanceof List && second instanceof List) {
            List<?> a = (List<?>) first;
            List<?> b = (List<?>) second;
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!deepEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.deepEquals(first, second);
    }

    private static int deepHashCode(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Object[]) {
            int result = 1;
            for (Object element : (Object[]) value) {
                result = 31 * result + deepHashCode(element);
            }
            return result;
        }
        if (value instanceof Map) {
            int result = 1;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                result += deepHashCode(entry.getKey()) ^ deepHashCode(entry.getValue());
            }
            return result;
        }
        if (value instanceof List) {
            int result = 1;
            for (Object element : (List<?>) value) {
                result = 31 * result + deepHashCode(element);
            }
            return result;
        }
        return Arrays.deepHashCode(new Object[] {value});
    }
}

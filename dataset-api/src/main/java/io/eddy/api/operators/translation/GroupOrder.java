package io.eddy.api.operators.translation;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.operators.Keys;
import io.eddy.api.operators.Order;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.RowTypeInfo;
import io.eddy.runtime.types.TypeComparator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of records within each group ({@code sortGroup} calls, possibly several): field
 * positions and expressions collect into one key with an order per field; a key selector stands alone.
 */
public final class GroupOrder<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> expressions = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private Keys<T> selectorKeys;
    private Order selectorOrder;

    /** Adds a field by position (tuples and rows); for other types only position 0, the whole value, is valid. */
    public void add(int field, Order order, TypeInformation<T> type) {
        if (type instanceof RowTypeInfo) {
            if (field < 0 || field >= type.getArity()) {
                throw new InvalidProgramException("Group sort field " + field + " is out of range for " + type);
            }
            add(((RowTypeInfo) type).getFieldNames()[field], order);
        } else if (type.isTupleType()) {
            if (field < 0 || field >= type.getArity()) {
                throw new InvalidProgramException("Group sort field " + field + " is out of range for " + type);
            }
            add("f" + field, order);
        } else if (field == 0) {
            add("*", order);
        } else {
            throw new InvalidProgramException("Specifying order keys via field positions is only valid for tuple data types. "
                    + "The type " + type + " is not a tuple type.");
        }
    }

    public void add(String expression, Order order) {
        if (selectorKeys != null) {
            throw new InvalidProgramException("A group sorted by a KeySelector cannot be sorted by more keys.");
        }
        checkOrder(order);
        expressions.add(expression);
        orders.add(order);
    }

    public void add(Keys<T> keySelector, Order order) {
        if (selectorKeys != null || !expressions.isEmpty()) {
            throw new InvalidProgramException("A group can be sorted by only one KeySelector and then by nothing else.");
        }
        checkOrder(order);
        selectorKeys = keySelector;
        selectorOrder = order;
    }

    private static void checkOrder(Order order) {
        if (order == null || order == Order.NONE) {
            throw new InvalidProgramException("A group sort order must be ASCENDING, DESCENDING or ANY.");
        }
    }

    public boolean isEmpty() {
        return selectorKeys == null && expressions.isEmpty();
    }

    /** The comparator ordering records within a group, or null when no order was requested. */
    public TypeComparator<T> createComparator(TypeInformation<T> type, ExecutionConfig config) {
        if (selectorKeys != null) {
            boolean[] asc = new boolean[selectorKeys.getNumberOfKeyFields()];
            java.util.Arrays.fill(asc, selectorOrder != Order.DESCENDING);
            return selectorKeys.createComparator(type, asc, config);
        }
        if (expressions.isEmpty()) {
            return null;
        }
        boolean[] asc = flatAscending(type);
        Keys<T> keys = new Keys.ExpressionKeys<>(expressions.toArray(new String[0]), type);
        return keys.createComparator(type, asc, config);
    }

    /** The flat field positions this order sorts on, or null for a key selector or no order. */
    public int[] flatFieldPositions(TypeInformation<T> type) {
        if (selectorKeys != null || expressions.isEmpty()) {
            return null;
        }
        return new Keys.ExpressionKeys<>(expressions.toArray(new String[0]), type).computeLogicalKeyPositions();
    }

    /** Per flat field of {@link #flatFieldPositions}, whether it ascends ({@code ANY} counts as ascending). */
    public boolean[] flatAscending(TypeInformation<T> type) {
        List<Boolean> ascending = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            int flatFields = new Keys.ExpressionKeys<>(new String[] {expressions.get(i)}, type).getNumberOfKeyFields();
            for (int j = 0; j < flatFields; j++) {
                ascending.add(orders.get(i) != Order.DESCENDING);
            }
        }
        boolean[] asc = new boolean[ascending.size()];
        for (int i = 0; i < asc.length; i++) {
            asc[i] = ascending.get(i);
        }
        return asc;
    }

    @Override
    public String toString() {
        if (selectorKeys != null) {
            return "KeySelector " + selectorOrder.getShortName();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < expressions.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(expressions.get(i)).append(' ').append(orders.get(i).getShortName());
        }
        return sb.toString();
    }
}

package io.eddy.api.operators;

/** Sort order of a key field. */
public enum Order {
    /** No order. */
    NONE,
    ASCENDING,
    DESCENDING,
    /** Any order: used where only grouping matters. */
    ANY;

    /** Whether this order sorts ascending ({@code NONE} and {@code ANY} count as ascending). */
    public boolean isOrdered() {
        return this == ASCENDING || this == DESCENDING;
    }

    public String getShortName() {
        return switch (this) {
            case ASCENDING -> "ASC";
            case DESCENDING -> "DESC";
            case ANY -> "*";
            default -> "-";
        };
    }
}

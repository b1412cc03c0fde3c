package io.eddy.runtime.types;

/**
 * Compares the key of a record of one type with the keys of records of another type, for probing a
 * structure built from records of type {@code T2} (a hash table's build side, a solution set) with
 * records of type {@code T1} whose key fields have the same flat types.
 *
 * <p>Usage: {@link #setReference} once per probe record, then {@link #equalToReference} or
 * {@link #compareToReference} for each candidate. Implementations keep the reference and scratch
 * state, so an instance belongs to one thread and must not allocate per call.
 *
 * @param <T1> the probe-side type whose key becomes the reference
 * @param <T2> the type of the candidates compared against the reference
 */
public abstract class TypePairComparator<T1, T2> {

    /** Remembers {@code reference}'s key for the following calls. */
    public abstract void setReference(T1 reference);

    /** True if {@code candidate}'s key equals the reference key. */
    public abstract boolean equalToReference(T2 candidate);

    /**
     * Orders {@code candidate}'s key against the reference key: negative if the candidate's key is
     * smaller, positive if larger, honouring each key field's sort order (the same orientation as
     * {@link TypeComparator#compareToReference}, where the argument's key comes first).
     */
    public abstract int compareToReference(T2 candidate);
}

package io.eddy.runtime.sort;

import io.eddy.runtime.types.TypeComparator;

/**
 * Compares the keys of records of two different types (the two inputs of a join or co-group) by
 * extracting both keys with {@link TypeComparator#extractKeys} and comparing field by field with the
 * reference side's flat comparators. Holds scratch arrays, so one instance per thread.
 */
public final class KeyPairComparator {

    private final TypeComparator<?> referenceSide;
    private final TypeComparator<?> candidateSide;
    private final TypeComparator<Object>[] flatComparators;
    private final Object[] referenceKeys;
    private final Object[] candidateKeys;

    @SuppressWarnings("unchecked")
    public KeyPairComparator(TypeComparator<?> referenceSide, TypeComparator<?> candidateSide) {
        this.referenceSide = referenceSide;
        this.candidateSide = candidateSide;
        this.flatComparators = referenceSide.getFlatComparators();
        int keys = flatComparators.length;
        if (candidateSide.getKeyCount() != keys) {
            throw new IllegalArgumentException("the two inputs have keys of different arity: " + keys
                    + " and " + candidateSide.getKeyCount() + " fields");
        }
        this.referenceKeys = new Object[keys];
        this.candidateKeys = new Object[keys];
    }

    /** Remembers the key of {@code reference}, a record of the reference side. */
    public void setReference(Object reference) {
        referenceSide.extractKeys(reference, referenceKeys, 0);
    }

    /** Orders the reference key against {@code candidate}'s key: negative if the reference is smaller. */
    public int compareToReference(Object candidate) {
        candidateSide.extractKeys(candidate, candidateKeys, 0);
        for (int i = 0; i < flatComparators.length; i++) {
            int c = flatComparators[i].compare(referenceKeys[i], candidateKeys[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    public boolean equalToReference(Object candidate) {
        return compareToReference(candidate) == 0;
    }

    /** Orders {@code reference}'s key against {@code candidate}'s key. */
    public int compare(Object reference, Object candidate) {
        setReference(reference);
        return compareToReference(candidate);
    }
}

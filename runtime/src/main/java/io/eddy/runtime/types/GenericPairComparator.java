package io.eddy.runtime.types;

/**
 * A {@link TypePairComparator} for any two comparators whose flat key fields have the same types:
 * both sides extract their key fields ({@link TypeComparator#extractKeys}) into scratch arrays that
 * the first side's flat field comparators then compare field by field. Works for every pair of
 * comparators, at the cost of one key extraction per call; specialised pair comparators can skip it.
 *
 * <p>Not thread-safe and allocation-free per call: the scratch arrays live as long as the instance.
 */
public final class GenericPairComparator<T1, T2> extends TypePairComparator<T1, T2> {

    private final TypeComparator<T1> comparator1;
    private final TypeComparator<T2> comparator2;
    private final TypeComparator<Object>[] flatComparators;
    private final Object[] referenceKeys;
    private final Object[] candidateKeys;
    /** With one flat key field: that field's comparator, and the reference's key. */
    private final TypeComparator<Object> singleKeyComparator;
    private Object referenceKey;

    /**
     * @throws IllegalArgumentException if the two comparators have different numbers of flat key
     *     fields or a key field is compared by comparators of different classes
     */
    @SuppressWarnings("unchecked")
    public GenericPairComparator(TypeComparator<T1> comparator1, TypeComparator<T2> comparator2) {
        TypeComparator<?>[] flat1 = comparator1.getFlatComparators();
        TypeComparator<?>[] flat2 = comparator2.getFlatComparators();
        if (flat1.length != flat2.length) {
            throw new IllegalArgumentException("key field counts differ: " + flat1.length + " vs " + flat2.length);
        }
        for (int i = 0; i < flat1.length; i++) {
            if (flat1[i].getClass() != flat2[i].getClass()) {
                throw new IllegalArgumentException("key field " + i + " has incompatible comparators: "
                        + flat1[i].getClass().getName() + " vs " + flat2[i].getClass().getName());
            }
        }
        this.comparator1 = comparator1;
        this.comparator2 = comparator2;
        this.flatComparators = (TypeComparator<Object>[]) flat1;
        this.referenceKeys = new Object[flat1.length];
        this.candidateKeys = new Object[flat1.length];
        this.singleKeyComparator = flat1.length == 1 ? (TypeComparator<Object>) flat1[0] : null;
    }

    @Override
    public void setReference(T1 reference) {
        if (singleKeyComparator != null) {
            referenceKey = comparator1.extractSingleKey(reference);
            return;
        }
        comparator1.extractKeys(reference, referenceKeys, 0);
    }

    @Override
    public boolean equalToReference(T2 candidate) {
        if (singleKeyComparator != null) {
            return singleKeyComparator.compare(referenceKey, comparator2.extractSingleKey(candidate)) == 0;
        }
        comparator2.extractKeys(candidate, candidateKeys, 0);
        for (int i = 0; i < flatComparators.length; i++) {
            if (flatComparators[i].compare(referenceKeys[i], candidateKeys[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareToReference(T2 candidate) {
        if (singleKeyComparator != null) {
            return singleKeyComparator.compare(comparator2.extractSingleKey(candidate), referenceKey);
        }
        comparator2.extractKeys(candidate, candidateKeys, 0);
        for (int i = 0; i < flatComparators.length; i++) {
            int cmp = flatComparators[i].compare(candidateKeys[i], referenceKeys[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }
}

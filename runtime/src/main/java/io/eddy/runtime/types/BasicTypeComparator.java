package io.eddy.runtime.types;

/**
 * Base of comparators over a single {@link Comparable} value: natural order (reversed when
 * descending), {@code hashCode()} as the hash (see the package's hashing scheme), and the value
 * itself as the reference.
 */
public abstract class BasicTypeComparator<T extends Comparable<T>> extends TypeComparator<T> {

    private static final long serialVersionUID = 1L;

    protected final boolean ascending;

    private transient T reference;

    private final TypeComparator<?>[] flatComparators = {this};

    protected BasicTypeComparator(boolean ascending) {
        this.ascending = ascending;
    }

    /** True if this comparator sorts ascending. */
    public boolean isAscending() {
        return ascending;
    }

    @Override
    public int hash(T record) {
        return record.hashCode();
    }

    @Override
    public void setReference(T toCompare) {
        this.reference = toCompare;
    }

    @Override
    public boolean equalToReference(T candidate) {
        return candidate.compareTo(reference) == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int compareToReference(TypeComparator<T> referencedComparator) {
        int cmp = ((BasicTypeComparator<T>) referencedComparator).reference.compareTo(reference);
        return ascending ? cmp : -cmp;
    }

    @Override
    public int compare(T first, T second) {
        int cmp = first.compareTo(second);
        return ascending ? cmp : -cmp;
    }

    @Override
    public boolean invertNormalizedKey() {
        return !ascending;
    }

    @Override
    public int extractKeys(Object record, Object[] target, int index) {
        target[index] = record;
        return 1;
    }

    @Override
    public Object extractSingleKey(Object record) {
        return record;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public TypeComparator[] getFlatComparators() {
        return flatComparators.clone();
    }

    @Override
    public int getKeyCount() {
        return 1;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + (ascending ? "(asc)" : "(desc)");
    }

    /**
     * The serialized length of every key if it is fixed and its bytes identify the value (integral
     * types, characters, booleans), 0 otherwise.
     */
    protected int binaryKeyLength() {
        return 0;
    }

    @Override
    public int binaryKeyPrefixLength(byte[] bytes, int offset) {
        int length = binaryKeyLength();
        return length > 0 ? length : -1;
    }

    @Override
    public boolean supportsBinaryKeyPrefix() {
        return binaryKeyLength() > 0;
    }
}

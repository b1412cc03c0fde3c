package io.eddy.api.typeutils;

import io.eddy.api.functions.KeySelector;
import io.eddy.runtime.types.CompositeComparator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;

/**
 * Compares records by the key a {@link KeySelector} computes, delegating to the key type's
 * comparator; hashes like that comparator (flat key fields, see {@link CompositeComparator}), so a
 * key selector returning {@code Tuple2<Integer, String>} meets a tuple keyed on two such fields.
 *
 * <p>The selector runs on every access (compare runs it twice). Serialized comparison deserializes the
 * records with the input serializer given at construction and is unsupported without one.
 */
public final class KeySelectorComparator<T, K> extends CompositeComparator<T> {

    private static final long serialVersionUID = 1L;

    private final KeySelector<T, K> keySelector;

    public KeySelectorComparator(KeySelector<T, K> keySelector, TypeComparator<K> keyComparator, TypeSerializer<T> inputSerializer) {
        super(new TypeComparator<?>[] {keyComparator}, inputSerializer);
        this.keySelector = keySelector;
    }

    public KeySelector<T, K> getKeySelector() {
        return keySelector;
    }

    @Override
    protected Object getKeyField(T record, int keyIndex) {
        try {
            return keySelector.getKey(record);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The key selector " + keySelector.getClass().getName() + " failed on " + record, e);
        }
    }

    @Override
    protected String describeKeyField(int keyIndex) {
        return "result of key selector " + keySelector.getClass().getName();
    }

    @Override
    @SuppressWarnings("unchecked")
    public KeySelectorComparator<T, K> duplicate() {
        return new KeySelectorComparator<>(keySelector, (TypeComparator<K>) duplicateFieldComparators()[0], duplicateSerializer());
    }
}

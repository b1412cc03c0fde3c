package io.eddy.runtime.hash;

/**
 * Combines a stored aggregate with one more record of the same key, for
 * {@link InPlaceMutableHashTable#reduceOrInsert}. The runtime-side shape of a reduce or combine
 * function: drivers adapt user functions to it, so the runtime never sees the API.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface RecordReducer<T> {

    /**
     * Returns the aggregate of {@code aggregate} and {@code record}; may modify and return either
     * argument, or return a new object. The key of the result must equal the key of both inputs.
     */
    T reduce(T aggregate, T record) throws Exception;
}

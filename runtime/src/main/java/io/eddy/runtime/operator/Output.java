package io.eddy.runtime.operator;

/**
 * Where an operator sends its records: the next chained operator, a record writer that serializes
 * into exchange buffers, several of these, or nothing for a sink. {@link #collect} may block while
 * the downstream buffer pool is exhausted (backpressure). The receiver must not keep the object
 * unless object reuse is off; see {@link Operator}.
 */
@FunctionalInterface
public interface Output<T> {

    void collect(T record) throws Exception;
}

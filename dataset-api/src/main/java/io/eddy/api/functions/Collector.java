package io.eddy.api.functions;

/** Receives the records a function emits. Records may be handed on at once; see object reuse. */
public interface Collector<T> {

    void collect(T record);

    /** Signals that no more records follow; called by the runtime, not by user code. */
    void close();
}

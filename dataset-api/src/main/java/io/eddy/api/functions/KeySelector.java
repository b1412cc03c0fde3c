package io.eddy.api.functions;

/** Extracts the key of a record. Must be deterministic. */
@FunctionalInterface
public interface KeySelector<IN, KEY> extends Function {

    KEY getKey(IN value) throws Exception;
}

package io.eddy.gelly.generator;

import io.eddy.gelly.Graph;

/** A source of a synthetic graph, as Flink's {@code GraphGenerator}: configure, then {@link #generate()}. */
public interface GraphGenerator<K, VV, EV> {

    /** Builds the (lazy) graph; nothing runs until a sink of it executes. */
    Graph<K, VV, EV> generate();

    /** Sets the parallelism of the generator's operators; {@code PARALLELISM_DEFAULT} uses the environment's. */
    GraphGenerator<K, VV, EV> setParallelism(int parallelism);
}

package io.eddy.gelly.generator.random;

import java.io.Serializable;
import java.util.List;
import java.util.random.RandomGenerator;

/** Cuts a number of random elements into blocks, each with its own generator, as Flink's {@code RandomGenerableFactory}. */
public interface RandomGenerableFactory<T extends RandomGenerator> extends Serializable {

    /**
     * The blocks covering elements {@code 0..elementCount-1}; {@code cyclesPerElement} estimates the
     * random numbers each element draws, so blocks carry comparable work.
     */
    List<BlockInfo<T>> getRandomGenerables(long elementCount, int cyclesPerElement);
}

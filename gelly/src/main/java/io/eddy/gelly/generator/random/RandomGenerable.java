package io.eddy.gelly.generator.random;

import java.io.Serializable;
import java.util.random.RandomGenerator;

/** A serializable recipe for one block's random generator, as Flink's {@code RandomGenerable}. */
public interface RandomGenerable<T extends RandomGenerator> extends Serializable {

    /** A fresh generator, always in the same initial state for the same recipe. */
    T generator();
}

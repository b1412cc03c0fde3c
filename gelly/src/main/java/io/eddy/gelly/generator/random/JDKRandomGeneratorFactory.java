package io.eddy.gelly.generator.random;

import java.util.SplittableRandom;

/**
 * Seeded generators for the random graph generators, as Flink's {@code JDKRandomGeneratorFactory}
 * but backed by {@link SplittableRandom} (Flink uses commons-math3's {@code JDKRandomGenerator}, so
 * equal seeds give Eddy and Flink different, each reproducible, graphs).
 */
public class JDKRandomGeneratorFactory extends GeneratorFactoryBase<SplittableRandom> {

    private static final long serialVersionUID = 1L;

    /** The seed when none is given: fixed, so an unseeded factory is reproducible too. */
    public static final long DEFAULT_SEED = 0x4b6f7e18198de7a4L;

    private final long seed;

    public JDKRandomGeneratorFactory() {
        this(DEFAULT_SEED);
    }

    public JDKRandomGeneratorFactory(long seed) {
        this.seed = seed;
    }

    @Override
    protected RandomGenerable<SplittableRandom> next(int blockIndex) {
        return new JDKRandomGenerable(seed, blockIndex);
    }

    /** Block {@code i}'s generator; the i-th split of the seed's generator, so blocks draw unrelated streams. */
    private static final class JDKRandomGenerable implements RandomGenerable<SplittableRandom> {

        private static final long serialVersionUID = 1L;

        private final long seed;
        private final int blockIndex;

        JDKRandomGenerable(long seed, int blockIndex) {
            this.seed = seed;
            this.blockIndex = blockIndex;
        }

        @Override
        public SplittableRandom generator() {
            SplittableRandom root = new SplittableRandom(seed);
            SplittableRandom block = root.split();
            // skipping to split i is O(i), at most MAXIMUM_BLOCK_COUNT, once per block per task
            for (int i = 0; i < blockIndex; i++) {
                block = root.split();
            }
            return block;
        }
    }
}

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

    private static final int MINIMUM_CYCLES_PER_BLOCK = 1 << 20;

    // as in Flink, each block's seed is the next draw of one seeded generator, so a fresh factory
    // with the same seed yields the same blocks; a reused factory continues the stream
    private final SplittableRandom seeds;

    public JDKRandomGeneratorFactory() {
        this(DEFAULT_SEED);
    }

    public JDKRandomGeneratorFactory(long seed) {
        this.seeds = new SplittableRandom(seed);
    }

    @Override
    protected int getMinimumCyclesPerBlock() {
        return MINIMUM_CYCLES_PER_BLOCK;
    }

    @Override
    protected RandomGenerable<SplittableRandom> next() {
        return new JDKRandomGenerable(seeds.nextLong());
    }

    /** One block's generator, seeded from the factory's stream. */
    private static final class JDKRandomGenerable implements RandomGenerable<SplittableRandom> {

        private static final long serialVersionUID = 1L;

        private final long seed;

        JDKRandomGenerable(long seed) {
            this.seed = seed;
        }

        @Override
        public SplittableRandom generator() {
            return new SplittableRandom(seed);
        }
    }
}

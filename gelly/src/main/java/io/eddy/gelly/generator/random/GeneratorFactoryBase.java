package io.eddy.gelly.generator.random;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Splits elements into blocks independently of parallelism, as Flink's {@code GeneratorFactoryBase};
 * subclasses say how to seed the generator of block {@code i}.
 */
public abstract class GeneratorFactoryBase<T extends RandomGenerator> implements RandomGenerableFactory<T> {

    private static final long serialVersionUID = 1L;

    /** Enough blocks to spread the work over many tasks, few enough to keep the block list small. */
    public static final int MAXIMUM_BLOCK_COUNT = 1 << 15;

    /** Random numbers per block below which more blocks would cost more than they spread. */
    protected static final long MINIMUM_CYCLES_PER_BLOCK = 1 << 20;

    /** The generator recipe for the block with the given index. */
    protected abstract RandomGenerable<T> next(int blockIndex);

    @Override
    public List<BlockInfo<T>> getRandomGenerables(long elementCount, int cyclesPerElement) {
        if (elementCount < 0 || cyclesPerElement < 1) {
            throw new IllegalArgumentException("Element count must be non-negative and cycles per element positive");
        }
        long cycles = elementCount * cyclesPerElement;
        long wanted = Math.max(1, Math.min(MAXIMUM_BLOCK_COUNT, cycles / MINIMUM_CYCLES_PER_BLOCK));
        int blockCount = (int) Math.min(wanted, Math.max(1, elementCount));
        List<BlockInfo<T>> blocks = new ArrayList<>(blockCount);
        long base = elementCount / blockCount;
        long extra = elementCount % blockCount;
        long first = 0;
        for (int i = 0; i < blockCount; i++) {
            // the first (elementCount % blockCount) blocks take one element more, so all are used
            long size = base + (i < extra ? 1 : 0);
            blocks.add(new BlockInfo<>(next(i), i, blockCount, first, size));
            first += size;
        }
        return blocks;
    }
}

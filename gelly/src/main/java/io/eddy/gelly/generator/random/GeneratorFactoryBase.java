package io.eddy.gelly.generator.random;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Splits elements into blocks independently of parallelism, as Flink's {@code GeneratorFactoryBase};
 * subclasses supply the generator of each block.
 */
public abstract class GeneratorFactoryBase<T extends RandomGenerator> implements RandomGenerableFactory<T> {

    private static final long serialVersionUID = 1L;

    /** Enough blocks to spread the work over many tasks, few enough to keep the block list small. */
    public static final int MAXIMUM_BLOCK_COUNT = 1 << 15;

    /**
     * Random numbers per block below which more blocks would cost more (generator set-up, block
     * shipping) than they spread.
     */
    protected abstract int getMinimumCyclesPerBlock();

    /** The generator recipe for the next block; called once per block, in block order. */
    protected abstract RandomGenerable<T> next();

    @Override
    public List<BlockInfo<T>> getRandomGenerables(long elementCount, int cyclesPerElement) {
        if (elementCount < 1 || cyclesPerElement < 1) {
            throw new IllegalArgumentException("Element count and cycles per element must be positive");
        }
        long cycles = Math.multiplyExact(elementCount, cyclesPerElement);
        long wanted = (cycles + getMinimumCyclesPerBlock() - 1) / getMinimumCyclesPerBlock();
        // never more blocks than elements, so no block is empty
        int blockCount = (int) Math.min(Math.min(wanted, MAXIMUM_BLOCK_COUNT), elementCount);
        List<BlockInfo<T>> blocks = new ArrayList<>(blockCount);
        long base = elementCount / blockCount;
        long extra = elementCount % blockCount;
        long first = 0;
        for (int i = 0; i < blockCount; i++) {
            // the last (elementCount % blockCount) blocks take one element more, so all are used
            long size = base + (i >= blockCount - extra ? 1 : 0);
            blocks.add(new BlockInfo<>(next(), i, blockCount, first, size));
            first += size;
        }
        return blocks;
    }
}

package io.eddy.gelly.generator.random;

import java.io.Serializable;
import java.util.random.RandomGenerator;

/** One block of random elements and the generator recipe for it, as Flink's {@code BlockInfo}. */
public class BlockInfo<T extends RandomGenerator> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RandomGenerable<T> randomGenerable;
    private final int blockIndex;
    private final int blockCount;
    private final long firstElement;
    private final long elementCount;

    public BlockInfo(RandomGenerable<T> randomGenerable, int blockIndex, int blockCount, long firstElement,
            long elementCount) {
        this.randomGenerable = randomGenerable;
        this.blockIndex = blockIndex;
        this.blockCount = blockCount;
        this.firstElement = firstElement;
        this.elementCount = elementCount;
    }

    public RandomGenerable<T> getRandomGenerable() {
        return randomGenerable;
    }

    public int getBlockIndex() {
        return blockIndex;
    }

    public int getBlockCount() {
        return blockCount;
    }

    public long getFirstElement() {
        return firstElement;
    }

    public long getElementCount() {
        return elementCount;
    }
}

package io.eddy.api.io;

import io.eddy.api.util.SplittableIterator;
import java.io.IOException;
import java.util.Iterator;

/**
 * Returns the elements of a {@link SplittableIterator} in parallel, as Flink's
 * {@code ParallelIteratorInputFormat}: partition i of n reads part i of {@code split(n)}.
 */
public class ParallelIteratorInputFormat<T> extends GenericInputFormat<T> {

    private static final long serialVersionUID = 1L;

    private final SplittableIterator<T> source;

    private transient Iterator<T> splitIterator;

    public ParallelIteratorInputFormat(SplittableIterator<T> iterator) {
        this.source = iterator;
    }

    /** For number sequences, how many numbers; otherwise nothing is known before reading. */
    @Override
    public io.eddy.api.io.statistics.BaseStatistics getStatistics(io.eddy.api.io.statistics.BaseStatistics cached) {
        if (source instanceof io.eddy.api.util.NumberSequenceIterator numbers) {
            return RecordCountStatistics.of(numbers.getTo() - numbers.getCurrent() + 1);
        }
        return null;
    }

    @Override
    public void open(GenericInputSplit split) throws IOException {
        super.open(split);
        this.splitIterator = source.getSplit(split.getSplitNumber(), split.getTotalNumberOfSplits());
    }

    @Override
    public boolean reachedEnd() {
        return !splitIterator.hasNext();
    }

    @Override
    public T nextRecord(T reuse) {
        return splitIterator.next();
    }
}

package io.eddy.runtime.sort;

import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.List;

/**
 * Merges sorted inputs into one sorted sequence: how sorted runs (in memory or read back from spill
 * files) become the final output of a sort. The inputs' current head records play a tournament
 * (a tree of losers): each inner node keeps the input that lost the match there, so after the winner
 * advances only the matches on its path are replayed, {@code log2 k} comparisons per record for
 * {@code k} inputs (a binary heap needs up to twice as many). Each head keeps its first eight
 * normalized key bytes as a long ({@link TypeComparator#normalizedKeyPrefix}); a match compares those
 * and compares the records only when they tie without deciding the order.
 *
 * <p>The merge is stable across inputs: of records with equal keys, those of the input with the
 * lower index in the list come first, and within one input the input's order is kept. That lets a
 * caller merge runs in the order they were produced and keep the records' original order.
 *
 * <p>Object reuse: every input deserializes into its own head object. {@link #next(Object)} copies
 * the smallest head into the caller's object ({@link TypeSerializer#copy(Object, Object)}; a no-op
 * for immutable types) before the input advances, so a returned record is never overwritten behind
 * the caller's back and the caller may keep or pass back any object it got. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class MergeIterator<T> implements MutableObjectIterator<T> {

    private final TypeSerializer<T> serializer;
    private final TypeComparator<T> comparator;
    /** Every input; an exhausted one has no head and loses every match. */
    private final HeadStream<T>[] streams;
    /**
     * The tournament over {@code streams.length} leaves, leaf {@code i} at position {@code k + i}:
     * {@code losers[n]} for an inner node {@code n} (1 to k - 1) is the input that lost the match
     * there; {@code losers[0]} is the overall winner, the input whose head comes next.
     */
    private final int[] losers;
    /**
     * Whether each head keeps its normalized key prefix (the comparator has normalized keys): most
     * matches are then decided by comparing two longs instead of two records.
     */
    private final boolean usePrefix;
    /** True if equal prefixes mean equal keys, so records need not be compared at all. */
    private final boolean prefixDecides;
    private final boolean invertPrefix;
    private final MemorySegment prefixScratch;

    /**
     * @param inputs sorted inputs, each in the order of {@code comparator}; read lazily, the first
     *     record of each on construction
     * @param serializer copies records into the caller's reuse objects
     * @param comparator the order of the inputs; the iterator works on its own duplicate
     */
    @SuppressWarnings("unchecked")
    public MergeIterator(List<? extends MutableObjectIterator<T>> inputs, TypeSerializer<T> serializer,
            TypeComparator<T> comparator) throws IOException {
        this.serializer = serializer.duplicate();
        this.comparator = comparator.duplicate();
        int prefixBytes = this.comparator.supportsNormalizedKey()
                ? Math.max(0, Math.min(Long.BYTES, this.comparator.getNormalizeKeyLen())) : 0;
        this.usePrefix = prefixBytes > 0;
        this.prefixDecides = usePrefix && !this.comparator.isNormalizedKeyPrefixOnly(prefixBytes);
        this.invertPrefix = usePrefix && this.comparator.invertNormalizedKey();
        this.prefixScratch = usePrefix ? MemorySegment.allocateHeap(Long.BYTES) : null;
        int k = inputs.size();
        this.streams = new HeadStream[k];
        for (int index = 0; index < k; index++) {
            HeadStream<T> stream = new HeadStream<>(inputs.get(index), index, this.serializer.createInstance());
            stream.exhausted = !stream.advance();
            takePrefix(stream);
            streams[index] = stream;
        }
        this.losers = new int[Math.max(k, 1)];
        if (k > 0) {
            // play every match once, bottom up; winners[n] is the winner below node n
            int[] winners = new int[2 * k];
            for (int i = 0; i < k; i++) {
                winners[k + i] = i;
            }
            for (int n = k - 1; n >= 1; n--) {
                int left = winners[2 * n];
                int right = winners[2 * n + 1];
                if (before(left, right)) {
                    winners[n] = left;
                    losers[n] = right;
                } else {
                    winners[n] = right;
                    losers[n] = left;
                }
            }
            losers[0] = k == 1 ? 0 : winners[1];
        }
    }

    @Override
    public T next(T reuse) throws IOException {
        if (streams.length == 0) {
            return null;
        }
        HeadStream<T> top = streams[losers[0]];
        if (top.exhausted) {
            return null;
        }
        T result = reuse == null ? serializer.copy(top.head) : serializer.copy(top.head, reuse);
        top.exhausted = !top.advance();
        takePrefix(top);
        replay(top.index);
        return result;
    }

    @Override
    public T next() throws IOException {
        if (streams.length == 0) {
            return null;
        }
        HeadStream<T> top = streams[losers[0]];
        if (top.exhausted) {
            return null;
        }
        T result = top.head;
        // the caller now owns the head object, so the stream must read its next head into a new one
        top.exhausted = !top.advanceIntoNewObject();
        takePrefix(top);
        replay(top.index);
        return result;
    }

    /** Replays the matches on the path of input {@code winner}, whose head changed, up to the root. */
    private void replay(int winner) {
        int k = streams.length;
        for (int node = (k + winner) >>> 1; node >= 1; node >>>= 1) {
            int loser = losers[node];
            if (before(loser, winner)) {
                losers[node] = winner;
                winner = loser;
            }
        }
        losers[0] = winner;
    }

    /** True if input {@code a}'s head must come before input {@code b}'s; exhausted inputs come last. */
    private boolean before(int a, int b) {
        HeadStream<T> first = streams[a];
        HeadStream<T> second = streams[b];
        if (first.exhausted || second.exhausted) {
            return !first.exhausted || (second.exhausted && a < b);
        }
        if (usePrefix) {
            long firstPrefix = first.prefix;
            long secondPrefix = second.prefix;
            if (firstPrefix != secondPrefix) {
                return (Long.compareUnsigned(firstPrefix, secondPrefix) < 0) != invertPrefix;
            }
            if (prefixDecides) {
                return a < b;
            }
        }
        int cmp = comparator.compare(first.head, second.head);
        return cmp < 0 || (cmp == 0 && a < b);
    }

    /** Keeps the leading normalized key bytes of the stream's new head. */
    private void takePrefix(HeadStream<T> stream) {
        if (!usePrefix || stream.exhausted) {
            return;
        }
        stream.prefix = comparator.normalizedKeyPrefix(stream.head, prefixScratch);
    }

    /** One input with its current head record and its position in the input list. */
    private static final class HeadStream<T> {
        private final MutableObjectIterator<T> input;
        private final int index;
        private T head;
        private boolean exhausted;
        /** The head's leading normalized key bytes, big-endian, if the merge uses them. */
        private long prefix;

        HeadStream(MutableObjectIterator<T> input, int index, T reuse) {
            this.input = input;
            this.index = index;
            this.head = reuse;
        }

        /** Reads the next head; false at the end of the input. */
        boolean advance() throws IOException {
            T next = input.next(head);
            if (next == null) {
                return false;
            }
            head = next;
            return true;
        }

        /** Reads the next head into a new object, leaving the current one to whoever holds it. */
        boolean advanceIntoNewObject() throws IOException {
            T next = input.next();
            if (next == null) {
                return false;
            }
            head = next;
            return true;
        }
    }
}

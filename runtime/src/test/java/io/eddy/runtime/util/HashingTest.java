package io.eddy.runtime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.exchange.HashChannelSelector;
import io.eddy.runtime.testutil.LongComparator;
import org.junit.jupiter.api.Test;

class HashingTest {

    @Test
    void murmurFinalizerMatchesReferenceValues() {
        // reference outputs of murmur3's fmix32
        assertEquals(0, Hashing.murmur3Mix(0));
        assertEquals(0x514e28b7, Hashing.murmur3Mix(1));
        assertNotEquals(Hashing.murmur3Mix(2), Hashing.murmur3Mix(3));
    }

    @Test
    void bucketsAreNonNegativeAndSpreadConsecutiveKeys() {
        int[] counts = new int[7];
        for (int key = -50_000; key < 50_000; key++) {
            int bucket = Hashing.bucket(key, 7);
            assertTrue(bucket >= 0 && bucket < 7);
            counts[bucket]++;
        }
        for (int count : counts) {
            assertTrue(Math.abs(count - 100_000 / 7) < 1000, "uneven spread: " + count);
        }
    }

    @Test
    void hashChannelSelectorAgreesWithBucketOfTheComparatorHash() {
        HashChannelSelector<Long> selector = new HashChannelSelector<>(new LongComparator());
        for (long key = 0; key < 1000; key++) {
            assertEquals(Hashing.bucket(Long.hashCode(key), 5), selector.selectChannel(key, 5));
            assertEquals(HashChannelSelector.channelForHash(Long.hashCode(key), 5), selector.duplicate().selectChannel(key, 5));
        }
    }
}

package io.eddy.runtime.util;

/**
 * Hash mixing shared by hash partitioning and hash tables. Comparators produce hashes with poor low
 * bits (an Integer hashes to itself, so consecutive keys differ only in their last bits); everything
 * that maps a hash onto a small number of buckets or channels first spreads the bits with the murmur3
 * finalizer, so that partitioners and hash tables agree and keys spread evenly.
 */
public final class Hashing {

    private Hashing() {}

    /** The murmur3 32-bit finalizer ("fmix32"): every input bit affects every output bit. */
    public static int murmur3Mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** The bucket in {@code [0, numBuckets)} of a raw (not yet mixed) hash: mixes, then a non-negative modulo. */
    public static int bucket(int rawHash, int numBuckets) {
        return Math.floorMod(murmur3Mix(rawHash), numBuckets);
    }
}

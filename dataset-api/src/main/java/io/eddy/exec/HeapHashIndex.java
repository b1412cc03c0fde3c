package io.eddy.exec;

import java.util.Arrays;

/**
 * A chained hash index of record objects by precomputed key hash, in plain int and Object arrays so
 * that inserts and lookups allocate nothing (apart from amortized growth). It knows nothing of keys:
 * callers walk the entries with an equal hash and compare keys themselves.
 */
final class HeapHashIndex {

    private static final int EMPTY = -1;

    private int[] heads;
    private int[] next;
    private int[] hashes;
    private Object[] records;
    private int size;
    private int mask;

    HeapHashIndex(int expectedEntries) {
        int buckets = Integer.highestOneBit(Math.max(16, expectedEntries * 2 - 1));
        heads = new int[buckets];
        Arrays.fill(heads, EMPTY);
        mask = buckets - 1;
        int capacity = Math.max(16, expectedEntries);
        next = new int[capacity];
        hashes = new int[capacity];
        records = new Object[capacity];
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Adds an entry and returns its index. */
    int add(int hash, Object record) {
        if (size == records.length) {
            int capacity = size * 2;
            next = Arrays.copyOf(next, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            records = Arrays.copyOf(records, capacity);
        }
        if (size >= heads.length - (heads.length >>> 2)) {
            rehash(heads.length * 2);
        }
        int entry = size++;
        int bucket = spread(hash) & mask;
        hashes[entry] = hash;
        records[entry] = record;
        next[entry] = heads[bucket];
        heads[bucket] = entry;
        return entry;
    }

    private void rehash(int buckets) {
        heads = new int[buckets];
        Arrays.fill(heads, EMPTY);
        mask = buckets - 1;
        for (int entry = 0; entry < size; entry++) {
            int bucket = spread(hashes[entry]) & mask;
            next[entry] = heads[bucket];
            heads[bucket] = entry;
        }
    }

    /** The first entry with this hash, or -1. */
    int first(int hash) {
        int entry = heads[spread(hash) & mask];
        while (entry != EMPTY && hashes[entry] != hash) {
            entry = next[entry];
        }
        return entry;
    }

    /** The next entry after {@code entry} with the same hash, or -1. */
    int nextWithSameHash(int entry) {
        int hash = hashes[entry];
        int candidate = next[entry];
        while (candidate != EMPTY && hashes[candidate] != hash) {
            candidate = next[candidate];
        }
        return candidate;
    }

    Object record(int entry) {
        return records[entry];
    }

    void setRecord(int entry, Object record) {
        records[entry] = record;
    }

    /** Entries are numbered {@code 0 .. size() - 1} in insertion order. */
    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(heads, EMPTY);
        Arrays.fill(records, 0, size, null);
        size = 0;
    }
}

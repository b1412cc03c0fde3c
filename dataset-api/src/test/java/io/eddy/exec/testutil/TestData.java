package io.eddy.exec.testutil;

import io.eddy.api.tuple.Tuple2;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Test records and straightforward reference computations to compare drivers against. */
public final class TestData {

    private TestData() {}

    /**
     * {@code n} pairs with keys from {@code numKeys} distinct strings. The keys include "Aa" and "BB",
     * whose String hash codes collide, so hash structures see real collisions.
     */
    public static List<Tuple2<String, Integer>> randomPairs(long seed, int n, int numKeys) {
        Random random = new Random(seed);
        List<Tuple2<String, Integer>> pairs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pairs.add(Tuple2.of(key(random.nextInt(numKeys)), random.nextInt(1000)));
        }
        return pairs;
    }

    /** The {@code k}-th test key; keys 0 and 1 ("Aa", "BB") have equal String hash codes. */
    public static String key(int k) {
        return k == 0 ? "Aa" : k == 1 ? "BB" : "key" + k;
    }

    /** {@code n} random keys out of {@code numKeys}. */
    public static List<String> randomKeys(long seed, int n, int numKeys) {
        Random random = new Random(seed);
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(key(random.nextInt(numKeys)));
        }
        return keys;
    }

    /** f1 summed per f0. */
    public static Map<String, Integer> sumByKey(List<Tuple2<String, Integer>> pairs) {
        Map<String, Integer> sums = new TreeMap<>();
        for (Tuple2<String, Integer> p : pairs) {
            sums.merge(p.f0, p.f1, Integer::sum);
        }
        return sums;
    }

    /** The pairs (key, sum) of {@link #sumByKey}. */
    public static List<Tuple2<String, Integer>> sumPairs(List<Tuple2<String, Integer>> pairs) {
        List<Tuple2<String, Integer>> result = new ArrayList<>();
        sumByKey(pairs).forEach((k, v) -> result.add(Tuple2.of(k, v)));
        return result;
    }

    /** Records grouped by f0, each group's records in arrival order. */
    public static Map<String, List<Tuple2<String, Integer>>> groupByKey(List<Tuple2<String, Integer>> pairs) {
        Map<String, List<Tuple2<String, Integer>>> groups = new TreeMap<>();
        for (Tuple2<String, Integer> p : pairs) {
            groups.computeIfAbsent(p.f0, k -> new ArrayList<>()).add(p);
        }
        return groups;
    }
}

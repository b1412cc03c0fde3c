package io.eddy.api.accumulators;

import java.util.Map;
import java.util.TreeMap;

/** Counts how often each integer value occurs, over all parallel instances. */
public class Histogram implements Accumulator<Integer, TreeMap<Integer, Integer>> {

    private static final long serialVersionUID = 1L;

    private TreeMap<Integer, Integer> treeMap = new TreeMap<>();

    @Override
    public void add(Integer value) {
        treeMap.merge(value, 1, Integer::sum);
    }

    @Override
    public TreeMap<Integer, Integer> getLocalValue() {
        return treeMap;
    }

    @Override
    public void merge(Accumulator<Integer, TreeMap<Integer, Integer>> other) {
        for (Map.Entry<Integer, Integer> e : other.getLocalValue().entrySet()) {
            treeMap.merge(e.getKey(), e.getValue(), Integer::sum);
        }
    }

    @Override
    public void resetLocal() {
        treeMap.clear();
    }

    @Override
    public Histogram clone() {
        Histogram copy = new Histogram();
        copy.treeMap = new TreeMap<>(treeMap);
        return copy;
    }

    @Override
    public String toString() {
        return "Histogram " + treeMap;
    }
}

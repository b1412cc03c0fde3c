package io.eddy.gelly;

import io.eddy.api.tuple.Tuple3;

/**
 * A directed graph edge: source id ({@code f0}), target id ({@code f1}) and value ({@code f2}). An
 * undirected graph stores each edge in both directions.
 *
 * @param <K> the vertex id type
 * @param <V> the edge value type
 */
public class Edge<K, V> extends Tuple3<K, K, V> {

    private static final long serialVersionUID = 1L;

    /** An empty edge, for serializers that fill the fields in afterwards. */
    public Edge() {}

    public Edge(K source, K target, V value) {
        this.f0 = source;
        this.f1 = target;
        this.f2 = value;
    }

    /** A new edge with source and target swapped and the same value; this edge is left alone. */
    public Edge<K, V> reverse() {
        return new Edge<>(this.f1, this.f0, this.f2);
    }

    public void setSource(K source) {
        this.f0 = source;
    }

    public K getSource() {
        return this.f0;
    }

    public void setTarget(K target) {
        this.f1 = target;
    }

    public K getTarget() {
        return this.f1;
    }

    public void setValue(V value) {
        this.f2 = value;
    }

    public V getValue() {
        return this.f2;
    }
}

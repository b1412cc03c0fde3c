package io.eddy.gelly;

import io.eddy.api.tuple.Tuple2;

/**
 * A graph vertex: an id ({@code f0}) and a value ({@code f1}). It is a {@link Tuple2} so that the
 * DataSet API keys, serializes and compares it by field position like any other tuple.
 *
 * @param <K> the id type
 * @param <V> the value type
 */
public class Vertex<K, V> extends Tuple2<K, V> {

    private static final long serialVersionUID = 1L;

    /** An empty vertex, for serializers that fill the fields in afterwards. */
    public Vertex() {}

    public Vertex(K id, V value) {
        this.f0 = id;
        this.f1 = value;
    }

    public K getId() {
        return this.f0;
    }

    public V getValue() {
        return this.f1;
    }

    public void setId(K id) {
        this.f0 = id;
    }

    public void setValue(V value) {
        this.f1 = value;
    }
}

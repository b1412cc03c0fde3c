package io.eddy.gelly;

import io.eddy.api.tuple.Tuple5;

/**
 * An edge together with the values of both its endpoints: source id, target id, source value,
 * target value and edge value, in that field order (Flink's layout, so positional keys carry over).
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class Triplet<K, VV, EV> extends Tuple5<K, K, VV, VV, EV> {

    private static final long serialVersionUID = 1L;

    /** An empty triplet, for serializers that fill the fields in afterwards. */
    public Triplet() {}

    public Triplet(Vertex<K, VV> srcVertex, Vertex<K, VV> trgVertex, Edge<K, EV> edge) {
        this(srcVertex.f0, trgVertex.f0, srcVertex.f1, trgVertex.f1, edge.f2);
    }

    public Triplet(K srcId, K trgId, VV srcVal, VV trgVal, EV edgeValue) {
        this.f0 = srcId;
        this.f1 = trgId;
        this.f2 = srcVal;
        this.f3 = trgVal;
        this.f4 = edgeValue;
    }

    public Vertex<K, VV> getSrcVertex() {
        return new Vertex<>(this.f0, this.f2);
    }

    public Vertex<K, VV> getTrgVertex() {
        return new Vertex<>(this.f1, this.f3);
    }

    public Edge<K, EV> getEdge() {
        return new Edge<>(this.f0, this.f1, this.f4);
    }
}

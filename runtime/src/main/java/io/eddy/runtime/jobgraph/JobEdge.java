package io.eddy.runtime.jobgraph;

import io.eddy.runtime.types.TypeSerializer;
import java.io.Serializable;
import java.util.Objects;

/**
 * An exchange between two vertices: records emitted by one operator of the source vertex are
 * serialized, distributed over the target's subtasks by the ship strategy and delivered to one
 * input of one operator of the target vertex.
 *
 * @param id the edge's index in the job graph
 * @param sourceVertex the producing vertex
 * @param sourceOperator the producing operator's index in the source vertex's chain
 * @param targetVertex the consuming vertex
 * @param targetOperator the consuming operator's index in the target vertex's chain
 * @param targetInput which input of the consuming operator the records go to
 * @param shipStrategy how records are distributed over the consumer's subtasks
 * @param channelSelector picks the channel for {@code HASH}, {@code RANGE} and {@code CUSTOM}; else null
 * @param serializer serializer of the records crossing the edge
 * @param exchangeMode whether the consumer reads while the producer writes ({@code PIPELINED}) or only
 *        after the producer finished ({@code BLOCKING}, breaking a pipeline that could deadlock)
 */
public record JobEdge(int id, int sourceVertex, int sourceOperator, int targetVertex, int targetOperator,
                      int targetInput, ShipStrategy shipStrategy, ChannelSelector<?> channelSelector,
                      TypeSerializer<?> serializer, ExchangeMode exchangeMode) implements Serializable {

    public JobEdge {
        if (exchangeMode == null) {
            throw new IllegalArgumentException("edge " + id + " needs an exchange mode");
        }
        boolean needsSelector = shipStrategy == ShipStrategy.HASH || shipStrategy == ShipStrategy.RANGE
                || shipStrategy == ShipStrategy.CUSTOM;
        if (needsSelector != (channelSelector != null)) {
            throw new IllegalArgumentException("ship strategy " + shipStrategy
                    + (needsSelector ? " needs" : " takes no") + " channel selector");
        }
    }

    /** A {@link ExchangeMode#PIPELINED} edge. */
    public JobEdge(int id, int sourceVertex, int sourceOperator, int targetVertex, int targetOperator,
                   int targetInput, ShipStrategy shipStrategy, ChannelSelector<?> channelSelector,
                   TypeSerializer<?> serializer) {
        this(id, sourceVertex, sourceOperator, targetVertex, targetOperator, targetInput, shipStrategy, channelSelector,
                serializer, ExchangeMode.PIPELINED);
    }

    // equals and hashCode as a record's, written out: the generated ones are bootstrapped through
    // method handles on first use, which spins classes at every job start (edges are map keys)

    @Override
    public boolean equals(Object other) {
        return other instanceof JobEdge edge && id == edge.id && sourceVertex == edge.sourceVertex
                && sourceOperator == edge.sourceOperator && targetVertex == edge.targetVertex
                && targetOperator == edge.targetOperator && targetInput == edge.targetInput
                && shipStrategy == edge.shipStrategy && Objects.equals(channelSelector, edge.channelSelector)
                && Objects.equals(serializer, edge.serializer) && exchangeMode == edge.exchangeMode;
    }

    @Override
    public int hashCode() {
        int h = id;
        h = 31 * h + sourceVertex;
        h = 31 * h + sourceOperator;
        h = 31 * h + targetVertex;
        h = 31 * h + targetOperator;
        h = 31 * h + targetInput;
        h = 31 * h + Objects.hashCode(shipStrategy);
        h = 31 * h + Objects.hashCode(channelSelector);
        h = 31 * h + Objects.hashCode(serializer);
        return 31 * h + exchangeMode.hashCode();
    }
}

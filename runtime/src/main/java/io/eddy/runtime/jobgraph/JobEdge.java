package io.eddy.runtime.jobgraph;

import io.eddy.runtime.types.TypeSerializer;
import java.io.Serializable;

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
}

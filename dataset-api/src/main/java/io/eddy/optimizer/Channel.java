package io.eddy.optimizer;

import io.eddy.api.functions.Partitioner;
import io.eddy.plan.KeySpec;
import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.jobgraph.ShipStrategy;

/**
 * One input of a physical plan node: where the records come from, how they are shipped between the
 * parallel instances ({@link ShipStrategy}), what happens to them locally before the driver
 * ({@link LocalStrategy}), and whether the exchange is pipelined or blocking.
 *
 * @param source the producing node
 * @param targetInput the input of the consuming node: regular inputs first, then broadcast sets
 * @param broadcastName the broadcast set's name for broadcast-set inputs, else null
 * @param shipStrategy how records are distributed over the consumer's instances
 * @param shipKey the key a hash, range or custom partitioning is on, else null
 * @param partitioner the user partitioner of a custom partitioning, else null
 * @param selector a channel selector the optimizer built itself (range partitioning by sampled
 *        boundaries), else null: the compiler derives it from the key
 * @param localStrategy what the receiving task does with the records before the driver
 * @param localKeys how the local strategy orders, e.g. "[0:ASC]", else null
 * @param blocking whether the producer writes everything before the consumer reads (a pipeline
 *        breaker placed where a fully pipelined flow could deadlock)
 */
public record Channel(PlanNode source, int targetInput, String broadcastName, ShipStrategy shipStrategy, KeySpec shipKey,
                      Partitioner<?> partitioner, ChannelSelector<?> selector, LocalStrategy localStrategy,
                      String localKeys, boolean blocking) {

    /** A channel without local strategy, pipelined. */
    public static Channel of(PlanNode source, int targetInput, ShipStrategy ship, KeySpec key, Partitioner<?> partitioner) {
        return new Channel(source, targetInput, null, ship, key, partitioner, null, LocalStrategy.NONE, null, false);
    }

    public Channel withLocalStrategy(LocalStrategy strategy, String keys) {
        return new Channel(source, targetInput, broadcastName, shipStrategy, shipKey, partitioner, selector, strategy, keys,
                blocking);
    }

    public Channel withBlocking(boolean isBlocking) {
        return new Channel(source, targetInput, broadcastName, shipStrategy, shipKey, partitioner, selector, localStrategy,
                localKeys, isBlocking);
    }

    /** The ship strategy in Flink's words: "Forward", "Hash Partition on [0]", "Broadcast", ... */
    public String describeShipStrategy() {
        return switch (shipStrategy) {
            case FORWARD -> "Forward";
            case HASH -> "Hash Partition on " + shipKey;
            case RANGE -> "Range Partition on " + shipKey;
            case CUSTOM -> "Custom Partition on " + shipKey;
            case BROADCAST -> "Broadcast";
            case REBALANCE -> "Redistribute";
        };
    }

    /** The local strategy in Flink's words ("Sort on [0:ASC]"), or "" for none. */
    public String describeLocalStrategy() {
        return localStrategy == LocalStrategy.NONE ? "" : localStrategy.displayName() + " on " + localKeys;
    }

    /** Whether records cross a network exchange (anything but a forward at equal parallelism). */
    public boolean isExchange(int consumerParallelism) {
        return shipStrategy != ShipStrategy.FORWARD || source.parallelism() != consumerParallelism;
    }

    @Override
    public String toString() {
        return describeShipStrategy() + (blocking ? " (blocking)" : "") + " from " + source.id();
    }
}

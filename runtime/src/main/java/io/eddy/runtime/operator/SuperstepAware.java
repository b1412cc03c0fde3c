package io.eddy.runtime.operator;

/**
 * Implemented by operators that keep state between the records of a superstep and can run inside a
 * loop. The task calls {@link #startSuperstep} on every operator of its chain between two
 * supersteps: after every input of superstep {@code n - 1} ended (and the operator emitted what it
 * had, as at any end of input) and before the first record of superstep {@code n}. The operator then
 * forgets what belonged to the previous superstep, except what it keeps on purpose (a hash table
 * built from loop-invariant input). Operators without state need not implement it.
 */
public interface SuperstepAware {

    /**
     * Prepares for superstep {@code superstep} (at least 2); every input will be delivered again and
     * ended again, except those {@link #keepsInput} names.
     */
    void startSuperstep(int superstep) throws Exception;

    /**
     * Whether the operator keeps what it read from loop-invariant input {@code input} in the first
     * superstep and needs it neither replayed nor ended again. False by default: the task replays
     * loop-invariant input every superstep.
     */
    default boolean keepsInput(int input) {
        return false;
    }
}

package io.eddy.runtime.hash;

/**
 * Receives the results of a {@link HybridHashJoin}: every pair of build and probe records with equal
 * keys, and, if the join was asked to, every record of either side that found no partner (outer
 * joins). Drivers in the API module implement it on top of the user's join function.
 *
 * <p>Records read back from managed memory or spill files are new objects per call, so an
 * implementation may keep them. Exceptions thrown here abort the join; the caller then closes it.
 *
 * @param <BT> the build-side record type
 * @param <PT> the probe-side record type
 */
@FunctionalInterface
public interface JoinVisitor<BT, PT> {

    /** Called once for every build/probe pair with equal keys. */
    void match(BT build, PT probe) throws Exception;

    /** Called once for every probe record without a matching build record, if the join emits them. */
    default void probeWithoutMatch(PT probe) throws Exception {}

    /** Called once for every build record without a matching probe record, if the join emits them. */
    default void buildWithoutMatch(BT build) throws Exception {}
}

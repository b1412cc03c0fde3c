package io.eddy.api.accumulators;

import java.io.Serializable;

/** An accumulator whose values and result have the same type, like counters. */
public interface SimpleAccumulator<T extends Serializable> extends Accumulator<T, T> {}

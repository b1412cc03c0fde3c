/**
 * Exchanges between subtasks: records cross a task boundary as length-prefixed bytes in fixed-size
 * buffers drawn from bounded {@link io.eddy.runtime.exchange.BufferPool}s, so a slow consumer blocks a
 * fast producer (backpressure) and nothing queues without bound.
 *
 * <p>Producer side: a {@link io.eddy.runtime.exchange.RecordWriter} serializes each record once and
 * copies its bytes into the current buffer of the channel(s) its ship strategy selects; full buffers
 * go to the {@link io.eddy.runtime.exchange.ResultSubpartition} of the consuming subtask. Consumer
 * side: an {@link io.eddy.runtime.exchange.InputGate} merges all {@link io.eddy.runtime.exchange.InputChannel}s
 * of a task and blocks until one has a buffer; a {@link io.eddy.runtime.exchange.RecordDeserializer}
 * per channel cuts buffers back into records, reassembling records that span buffers.
 *
 * <p>Two kinds of subpartition decide when the consumer reads: a
 * {@link io.eddy.runtime.exchange.PipelinedSubpartition} queues buffers for the consumer at once and
 * holds the producer back through its pool; a {@link io.eddy.runtime.exchange.BlockingSubpartition}
 * stores the producer's bytes (spilling beyond a small budget) and lets the consumer read them only
 * after the producer finished, never holding the producer back.
 *
 * <p>Events ({@link io.eddy.runtime.exchange.RuntimeEvent}: end of partition now, end of superstep
 * with iterations) travel in the same channels, ordered with the data. Only
 * {@link io.eddy.runtime.exchange.LocalInputChannel} exists today; a network channel implements
 * {@code InputChannel} and feeds the same gate. Nothing here knows operators or user types.
 */
package io.eddy.runtime.exchange;

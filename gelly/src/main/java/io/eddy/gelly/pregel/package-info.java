/**
 * Gelly's vertex-centric (Pregel) model: in every superstep each vertex that received messages
 * (every vertex in the first) runs a {@link io.eddy.gelly.pregel.ComputeFunction} that reads them,
 * may update its value and sends messages, optionally combined per target by a
 * {@link io.eddy.gelly.pregel.MessageCombiner}. It runs as a delta iteration whose solution set is
 * the vertices and whose workset is the messages; the loop ends when no message is sent.
 */
package io.eddy.gelly.pregel;

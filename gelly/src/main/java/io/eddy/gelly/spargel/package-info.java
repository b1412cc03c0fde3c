/**
 * Gelly's scatter-gather (signal/collect) model: in every superstep each vertex that changed sends
 * messages along its edges ({@link io.eddy.gelly.spargel.ScatterFunction}), and each vertex that
 * received messages may update its value ({@link io.eddy.gelly.spargel.GatherFunction}). It runs
 * as a delta iteration whose solution set is the vertices and whose workset is the vertices that
 * changed; the loop ends when no vertex changes.
 */
package io.eddy.gelly.spargel;

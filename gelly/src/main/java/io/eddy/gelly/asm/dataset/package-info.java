/**
 * Analytics over a plain DataSet, such as {@link io.eddy.gelly.asm.dataset.Count}, used by graph
 * analytics whose result is a number computed alongside other operators of the same plan.
 */
package io.eddy.gelly.asm.dataset;

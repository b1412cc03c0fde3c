/**
 * The shapes algorithm results share: a result about one vertex ({@link io.eddy.gelly.asm.result.UnaryResult}),
 * a pair ({@link io.eddy.gelly.asm.result.BinaryResult}) or a triple
 * ({@link io.eddy.gelly.asm.result.TertiaryResult}), and {@link io.eddy.gelly.asm.result.PrintableResult}
 * for a human-readable line. Results are POJOs, so they serialize field by field between tasks.
 */
package io.eddy.gelly.asm.result;

/** Gelly's graph algorithm building blocks ("asm"): for now the translation of ids and values in {@link io.eddy.gelly.asm.translate}. */
package io.eddy.gelly.asm;

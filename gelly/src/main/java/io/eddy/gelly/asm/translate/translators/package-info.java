/** Common {@link io.eddy.gelly.asm.translate.TranslateFunction}s of Flink 1.17 Gelly, between {@code LongValue} and other value types. */
package io.eddy.gelly.asm.translate.translators;

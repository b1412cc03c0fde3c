package io.eddy.gelly.asm.result;

/** A result that can describe itself in words, for command-line output (toString stays terse, as for tuples). */
public interface PrintableResult {

    /** A human-readable description of this result. */
    String toPrintableString();
}

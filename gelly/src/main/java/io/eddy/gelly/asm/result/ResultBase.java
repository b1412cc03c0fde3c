package io.eddy.gelly.asm.result;

/**
 * Base class of algorithm results. It is empty on purpose: results are POJOs whose type information
 * is derived from their fields, and a common root lets code accept any result.
 */
public abstract class ResultBase {
}

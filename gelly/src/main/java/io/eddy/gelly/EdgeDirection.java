package io.eddy.gelly;

/** Which edges of a vertex a neighborhood operation looks at: incoming, outgoing or both. */
public enum EdgeDirection {
    IN,
    OUT,
    ALL
}

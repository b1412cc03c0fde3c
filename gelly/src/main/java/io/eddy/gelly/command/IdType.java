package io.eddy.gelly.command;

import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.StringValue;

/**
 * How {@code eddy graph} reads the vertex ids of edge and vertex lists ({@code --ids}). Both kinds
 * are {@code Comparable} {@code CopyableValue}s, which the clustering and similarity algorithms
 * need of their keys, so every library algorithm runs on either.
 */
enum IdType {
    /** Long integers (the default). */
    LONG,
    /** Names: any text without the separator. */
    STRING;

    /** The key type of the graphs this id type makes. */
    TypeInformation<?> typeInformation() {
        return this == LONG ? TypeInformation.of(LongValue.class) : TypeInformation.of(StringValue.class);
    }

    /** An id given on the command line, e.g. {@code --source-vertex}. */
    Object parse(String text) {
        return this == LONG ? new LongValue(Long.parseLong(text.trim())) : new StringValue(text);
    }
}

package io.eddy.gelly.command;

import io.eddy.api.fs.Path;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.StringValue;
import io.eddy.gelly.utils.LineFieldsFormat;
import java.io.IOException;

/**
 * The base of {@code eddy graph}'s edge and vertex lists: {@link LineFieldsFormat} with comment
 * lines skipped, negative integers allowed, and ids read as the {@link IdType} says.
 */
abstract class IdLineFormat<T> extends LineFieldsFormat<T> {

    private static final long serialVersionUID = 1L;

    final IdType ids;

    IdLineFormat(Path path, String kind, IdType ids, int separator) {
        super(path, kind, separator, true, true);
        this.ids = ids;
    }

    /** The next field as a vertex id: a {@link LongValue} or a {@link StringValue}. */
    @SuppressWarnings("unchecked")
    final <K> K nextId(String name, String expectedFields) throws IOException {
        return (K) (ids == IdType.LONG ? new LongValue(nextLong(name, expectedFields))
                : new StringValue(nextString(name, expectedFields)));
    }
}

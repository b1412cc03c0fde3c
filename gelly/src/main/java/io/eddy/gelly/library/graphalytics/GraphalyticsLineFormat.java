package io.eddy.gelly.library.graphalytics;

import io.eddy.api.fs.Path;
import io.eddy.gelly.utils.LineFieldsFormat;

/**
 * The base of the Graphalytics input formats: lines of fields separated by spaces (one space in the
 * benchmark's files; runs of spaces or tabs are accepted too), blank lines skipped, a missing final
 * newline allowed. The benchmark's files have no comment lines and non-negative ids, so neither
 * {@code #} lines nor minus signs are accepted. Parsing and error messages are
 * {@link LineFieldsFormat}'s, e.g.
 * {@code Malformed edge file file:/g.e, line 7, field 2 (target): expected Long, found "x"}.
 */
abstract class GraphalyticsLineFormat<T> extends LineFieldsFormat<T> {

    private static final long serialVersionUID = 1L;

    GraphalyticsLineFormat(Path path, String kind) {
        super(path, kind, WHITESPACE, false, false);
    }
}

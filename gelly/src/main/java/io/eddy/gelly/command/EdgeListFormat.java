package io.eddy.gelly.command;

import io.eddy.api.fs.Path;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.ResultTypeQueryable;
import io.eddy.gelly.Edge;
import io.eddy.gelly.utils.GellyTypes;
import io.eddy.gelly.utils.LineFieldsFormat;
import java.io.IOException;

/**
 * Reads an edge list, {@code source<sep>target[<sep>weight]} per line, into edges whose value is
 * the weight (1.0 when the line has none). The separator is a comma, tab, semicolon or runs of
 * spaces, found on each line ({@link LineFieldsFormat#AUTO}), unless one is given; {@code #} and
 * {@code %} lines (SNAP and Matrix Market headers) and blank lines are skipped.
 */
final class EdgeListFormat<K> extends IdLineFormat<Edge<K, Double>> implements ResultTypeQueryable<Edge<K, Double>> {

    private static final long serialVersionUID = 1L;
    private static final String EXPECTED = "2 or 3 fields";

    EdgeListFormat(Path path, IdType ids, int separator) {
        super(path, "edge list", ids, separator);
    }

    @Override
    protected Edge<K, Double> parseLine() throws IOException {
        K source = nextId("source", EXPECTED);
        K target = nextId("target", EXPECTED);
        double weight = hasMoreFields() ? nextDouble("weight", EXPECTED) : 1.0;
        expectLineEnd(EXPECTED);
        return new Edge<>(source, target, weight);
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeInformation<Edge<K, Double>> getProducedType() {
        return GellyTypes.edge((TypeInformation<K>) ids.typeInformation(), TypeInformation.of(Double.class));
    }
}

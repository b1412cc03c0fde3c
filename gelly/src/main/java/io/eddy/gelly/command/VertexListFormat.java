package io.eddy.gelly.command;

import io.eddy.api.fs.Path;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.ResultTypeQueryable;
import java.io.IOException;

/**
 * Reads a vertex list for {@code eddy graph --vertices}: the first field of each line is a vertex
 * id; further fields (labels, degrees that other tools write) are ignored. Separators and comments
 * as in {@link EdgeListFormat}.
 */
final class VertexListFormat<K> extends IdLineFormat<K> implements ResultTypeQueryable<K> {

    private static final long serialVersionUID = 1L;

    VertexListFormat(Path path, IdType ids, int separator) {
        super(path, "vertex list", ids, separator);
    }

    @Override
    protected K parseLine() throws IOException {
        K id = nextId("vertex", "a vertex id");
        skipRestOfLine();
        return id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeInformation<K> getProducedType() {
        return (TypeInformation<K>) ids.typeInformation();
    }
}

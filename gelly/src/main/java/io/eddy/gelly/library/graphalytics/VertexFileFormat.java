package io.eddy.gelly.library.graphalytics;

import io.eddy.api.fs.Path;
import java.io.IOException;

/** Reads a Graphalytics vertex file ({@code .v}): one vertex id per line. It defines the vertex set. */
public class VertexFileFormat extends GraphalyticsLineFormat<Long> {

    private static final long serialVersionUID = 1L;

    public VertexFileFormat(Path path) {
        super(path, "vertex file");
    }

    @Override
    protected Long parseLine() throws IOException {
        long id = nextLong("vertex", "1 field");
        expectLineEnd("1 field");
        return id;
    }
}

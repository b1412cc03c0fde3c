package io.eddy.gelly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sed promise for Gelly's library: a program using Flink 1.17's algorithms, results and
 * analytics compiles unchanged after the import rewrite and computes Flink's values.
 */
class FlinkGellyLibraryPortTest {

    @Test
    void flinkLibraryProgramCompilesAndRunsAfterSedRewrite(@TempDir Path work) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = FlinkGellyProgramPortTest.port(work, "GellyLibraryProgram")) {
            Thread.currentThread().setContextClassLoader(loader);
            Method run = loader.loadClass("flinkprograms.GellyLibraryProgram").getMethod("run", ExecutionEnvironment.class);
            @SuppressWarnings("unchecked")
            List<String> results = new ArrayList<>((List<String>) run.invoke(null, ExecutionEnvironment.createLocalEnvironment(2)));
            results.sort(null);
            // adamic-adar: (1,2), (0,3), (5,7) and (6,8) share neighbours worth at least 1.0
            assertEquals(List.of("acc=0.296", "adamic-adar pairs=4", "degree 3=3", "enumerated=2", "gcc=0.429",
                    "hits 0=1.000/0.000", "hits 1=0.000/0.707", "hits 2=0.000/0.707", "jaccard 0-3=0.667",
                    "jaccard pairs=20", "lcc 0=1.000", "lcc 1=0.667", "lcc 2=0.667", "lcc 3=0.333",
                    "pagerank 0=0.333", "pagerank 1=0.333", "pagerank 2=0.333", "triangle 0-1-2", "triangle 1-2-3",
                    "vertices=9 edges=10"), results);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}

package io.eddy.ported;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.eddy.api.ExecutionEnvironment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each ported Flink program on Eddy's embedded runtime at parallelism 1 and 4 and compares its
 * sorted result lines (and what it printed) with the output recorded on Apache Flink 1.17.2.
 */
class PortedProgramsITCase {

    private static final List<Class<?>> PROGRAMS = List.of(
            BasicTransformations.class,
            GroupingAndAggregation.class,
            JoinsAndCoGroups.class,
            Partitioning.class,
            BroadcastAndAccumulators.class,
            FilesAndPojos.class,
            ProjectionsAndOuterJoins.class,
            DataSetUtilities.class,
            RowsAndSerializers.class);

    @TempDir
    Path temp;

    static Stream<Arguments> programsAndParallelism() {
        return PROGRAMS.stream().flatMap(program -> Stream.of(Arguments.of(program, 1), Arguments.of(program, 4)));
    }

    @AfterEach
    void resetEnvironment() {
        ExecutionEnvironment.resetContextEnvironment();
    }

    @ParameterizedTest(name = "{0} at parallelism {1}")
    @MethodSource("programsAndParallelism")
    void producesWhatFlinkProduced(Class<?> program, int parallelism) throws Exception {
        ExecutionEnvironment.initializeContextEnvironment(() -> ExecutionEnvironment.createLocalEnvironment(parallelism));
        List<String> actual = PortedPrograms.runAndCollect(program, temp);
        assertEquals(expected(program), actual);
    }

    private static List<String> expected(Class<?> program) throws IOException {
        String resource = "/ported/" + program.getSimpleName() + ".expected";
        try (InputStream in = PortedProgramsITCase.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.asList(text.split("\n"));
        }
    }
}

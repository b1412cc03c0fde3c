package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.tuple.Tuple2;
import io.eddy.runtime.cluster.JobManager;
import io.eddy.runtime.cluster.TaskExecutorRunner;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JobManager's tracking page: its JSON shows a running delta iteration's supersteps as they
 * complete, and the job's plan, vertices and final state; the page itself is served at the root.
 */
@Timeout(120)
class TrackingPageTest {

    @TempDir
    Path directory;

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return response.body();
    }

    @Test
    void theJsonFollowsARunningIterationAndThePageIsServed() throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path secretFile = Files.writeString(directory.resolve("secret"), Base64.getEncoder().encodeToString(secret));
        try (JobManager jobManager = new JobManager("127.0.0.1", 0, secret, Map.of(), directory.resolve("jm"));
             TaskExecutorRunner taskExecutor = new TaskExecutorRunner("te-1", "127.0.0.1", "localhost", "127.0.0.1",
                     jobManager.port(), secret, MiniClusterConfiguration.defaults().withNumSlots(2)
                     .withTempDirectories(List.of(directory.toString())), Map.of(), null)) {
            long deadline = System.currentTimeMillis() + 30_000;
            while (jobManager.registeredTaskExecutors() < 1) {
                assertTrue(System.currentTimeMillis() < deadline, "the TaskExecutor did not register");
                Thread.sleep(20);
            }
            Configuration conf = new Configuration();
            conf.setString(ClusterExecutor.SECRET_FILE, secretFile.toString());
            ExecutionEnvironment env = ExecutionEnvironment.createRemoteEnvironment("127.0.0.1", jobManager.port(), conf);
            env.setParallelism(2);
            CompletableFuture<List<Tuple2<Long, Long>>> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return ClusterTestJobs.pathComponents(env, 40, new ClusterTestJobs.SlowKeepSmaller(30)).collect();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            HttpClient http = HttpClient.newHttpClient();
            String base = jobManager.webUrl();
            assertTrue(get(http, base).contains("<title>Eddy JobManager</title>"));

            String id = null;
            String running = null;
            while (running == null) {
                assertTrue(System.currentTimeMillis() < deadline + 30_000, "no running superstep seen");
                Matcher job = Pattern.compile("\"id\":\"(\\w+)\"").matcher(get(http, base + "api/jobs"));
                if (job.find()) {
                    id = job.group(1);
                    String detail = get(http, base + "api/jobs/" + id);
                    if (detail.contains("\"state\":\"RUNNING\"") && count(detail, "\"superstep\":") >= 3) {
                        running = detail;
                    }
                }
                Thread.sleep(20);
            }
            assertTrue(running.contains("\"worksetSize\":"), running);
            assertTrue(running.contains("\"loop\":"), running);
            assertEquals(40, ClusterTestJobs.asMap(run.join()).size());

            String finished = get(http, base + "api/jobs/" + id);
            assertTrue(finished.contains("\"state\":\"FINISHED\""), finished);
            assertTrue(count(finished, "\"superstep\":") >= 39, "every superstep: " + finished);
            assertTrue(finished.contains("\"parallelism\":2") && finished.contains("\"ship\":\"HASH\""), finished);
            String all = get(http, base + "api/jobs");
            assertTrue(all.contains("\"taskExecutors\":1") && all.contains("\"slots\":2"), all);
            checkInChromium(base);
        }
    }

    /**
     * The page as a browser draws it, through {@code scripts/check-tracking-page.sh}: the job row, its
     * vertices and the superstep chart. Skipped only with EDDY_SKIP_BROWSER_TESTS=1 and no chromium.
     */
    private void checkInChromium(String url) throws Exception {
        if ("1".equals(System.getenv("EDDY_SKIP_BROWSER_TESTS")) && !java.nio.file.Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            return;
        }
        Path script = Path.of("..", "scripts", "check-tracking-page.sh").toAbsolutePath().normalize();
        Path output = directory.resolve("check.out");
        Process process = new ProcessBuilder("bash", script.toString(), url,
                Path.of("target", "tracking-page.png").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "the check did not finish");
        String printed = Files.readString(output);
        assertEquals(0, process.exitValue(), printed);
        assertTrue(printed.contains("superstep chart with") && printed.contains("check-tracking-page: OK"), printed);
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}

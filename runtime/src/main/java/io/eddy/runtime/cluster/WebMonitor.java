package io.eddy.runtime.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JobManager's tracking page: a self-contained HTML page (plan, vertex and task states, records
 * moved, and a live chart of each superstep's time and workset size) over a JSON endpoint,
 * {@code api/jobs} for every job and {@code api/jobs/<id>} for one. The page asks with relative
 * URLs, so it works behind YARN's web proxy too. Read-only and unauthenticated, like Flink's and
 * YARN's web UIs: it binds where the JobManager does.
 */
final class WebMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebMonitor.class);

    private final HttpServer server;
    private final ExecutorService threads;

    /**
     * @param jobs the JSON of all jobs
     * @param job the JSON of one job by id, or null if there is no such job
     */
    WebMonitor(String host, int port, Supplier<String> jobs, Function<String, String> job) throws IOException {
        byte[] page;
        try (InputStream in = WebMonitor.class.getResourceAsStream("tracking.html")) {
            if (in == null) {
                throw new IOException("tracking.html is missing from the class path");
            }
            page = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(host, port), 16);
        threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "eddy web monitor");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try {
                String path = exchange.getRequestURI().getPath();
                int api = path.indexOf("api/jobs");
                if (api < 0) {
                    send(exchange, 200, "text/html; charset=utf-8", page);
                } else {
                    String rest = path.substring(api + "api/jobs".length());
                    if (rest.isEmpty() || rest.equals("/")) {
                        send(exchange, 200, "application/json", jobs.get().getBytes(StandardCharsets.UTF_8));
                    } else {
                        String json = job.apply(rest.substring(1));
                        send(exchange, json == null ? 404 : 200, "application/json",
                                (json == null ? "{\"error\":\"no such job\"}" : json).getBytes(StandardCharsets.UTF_8));
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Web monitor request {} failed", exchange.getRequestURI(), e);
                send(exchange, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        LOG.info("Tracking page on http://{}:{}/", host, port());
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** A string as a JSON literal. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

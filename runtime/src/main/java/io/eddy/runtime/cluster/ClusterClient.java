package io.eddy.runtime.cluster;

import io.eddy.runtime.coordinator.JobCode;
import io.eddy.runtime.executor.JobClient;
import io.eddy.runtime.executor.JobExecutionException;
import io.eddy.runtime.executor.JobProgress;
import io.eddy.runtime.executor.JobResult;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.rpc.RpcClient;
import io.eddy.runtime.rpc.RpcException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Talks to a JobManager: submits job graphs with their jars, follows, lists and cancels jobs, and
 * stops the cluster. Results and failures are read in the calling thread's context class loader,
 * which must see the job's classes (the client runs the program that built the job).
 */
public final class ClusterClient implements AutoCloseable {

    private final RpcClient client;
    private final String address;

    public ClusterClient(String host, int port, byte[] secret) {
        this(host, port, secret, null);
    }

    /** A client over TLS, trusting {@code tls}'s trust store (null: plaintext). */
    public ClusterClient(String host, int port, byte[] secret, io.eddy.runtime.rpc.RpcSecurity.Tls tls) {
        this.client = new RpcClient(host, port, ClusterProtocol.CLUSTER, secret, tls);
        this.address = host + ":" + port;
    }

    /** A client of the JobManager at {@code host:port}. */
    public static ClusterClient connect(String hostAndPort, byte[] secret) {
        return connect(hostAndPort, secret, null);
    }

    /** A client of the JobManager at {@code host:port}, over TLS if {@code tls} is not null. */
    public static ClusterClient connect(String hostAndPort, byte[] secret, io.eddy.runtime.rpc.RpcSecurity.Tls tls) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a cluster address is host:port, not '" + hostAndPort + "'");
        }
        return new ClusterClient(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)), secret,
                tls);
    }

    /** Reads a cluster secret file (Base64, as {@code eddy cluster start} writes it). */
    public static byte[] readSecret(Path file) throws IOException {
        return ProcessArguments.readSecret(file.toString());
    }

    /**
     * Submits {@code graph}; its classes must come from the JobManager's class path or {@code jars}.
     *
     * @throws JobExecutionException if the JobManager refuses the job or it cannot start
     */
    public RemoteJob submit(JobGraph graph, List<Path> jars) throws JobExecutionException, IOException {
        List<JobCode.Jar> shipped = new ArrayList<>();
        for (Path jar : jars) {
            shipped.add(new JobCode.Jar(jar.getFileName().toString(), Files.readAllBytes(jar)));
        }
        try {
            String jobId = client.call(ClusterProtocol.SUBMIT, new ClusterProtocol.SubmitJob(graph.name(),
                    Payloads.write(graph), shipped), Duration.ofMinutes(5)).jobId();
            return new RemoteJob(jobId, graph.name());
        } catch (RpcException e) {
            throw new JobExecutionException("Job '" + graph.name() + "' could not be submitted to " + address + ": "
                    + e.getMessage(), e);
        }
    }

    /** Every job the cluster knows, and its TaskExecutors. */
    public ClusterProtocol.JobList list() throws RpcException {
        return client.call(ClusterProtocol.LIST, new ClusterProtocol.Empty(), Duration.ofSeconds(30));
    }

    /** Cancels a job; returns its status right after. */
    public ClusterProtocol.JobStatus cancel(String jobId) throws RpcException {
        return client.call(ClusterProtocol.CANCEL, new ClusterProtocol.JobRef(jobId), Duration.ofSeconds(30));
    }

    /** Stops the JobManager and its TaskExecutors, cancelling running jobs. */
    public void shutdownCluster() throws RpcException {
        client.call(ClusterProtocol.SHUTDOWN, new ClusterProtocol.Empty(), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        client.close();
    }

    /** A job submitted through this client. */
    public final class RemoteJob implements JobClient {
        private final String jobId;
        private final String name;
        private volatile ClusterProtocol.Progress lastProgress;
        private final long started = System.nanoTime();

        RemoteJob(String jobId, String name) {
            this.jobId = jobId;
            this.name = name;
        }

        public String jobId() {
            return jobId;
        }

        @Override
        public JobResult awaitResult() throws JobExecutionException, InterruptedException {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                ClusterProtocol.JobStatus status;
                try {
                    status = client.call(ClusterProtocol.AWAIT, new ClusterProtocol.AwaitJob(jobId, 1_000),
                            Duration.ofSeconds(60));
                } catch (RpcException e) {
                    throw new JobExecutionException("Lost the JobManager at " + address + " while job '" + name
                            + "' (" + jobId + ") ran: " + e.getMessage(), e);
                }
                if (status.progress() != null) {
                    lastProgress = status.progress();
                }
                if (status.ended()) {
                    if ("FINISHED".equals(status.state())) {
                        return Payloads.read(status.result(), loader);
                    }
                    Throwable failure = Payloads.readFailure(status.failure(), status.failureText(), loader);
                    if (failure instanceof JobExecutionException jobFailure) {
                        throw jobFailure;
                    }
                    if ("CANCELLED".equals(status.state())) {
                        throw new JobExecutionException("Job '" + name + "' was cancelled",
                                new CancellationException("cancelled"));
                    }
                    throw new JobExecutionException("Job '" + name + "' failed: " + status.failureText(), failure);
                }
            }
        }

        @Override
        public void cancel() {
            try {
                ClusterClient.this.cancel(jobId);
            } catch (RpcException e) {
                throw new IllegalStateException("cannot cancel job " + jobId + ": " + e.getMessage(), e);
            }
        }

        @Override
        public JobProgress progress() {
            ClusterProtocol.Progress p = lastProgress;
            if (p == null) {
                return new JobProgress((System.nanoTime() - started) / 1_000_000, 0, 0, 0, 0, 0, 0, 0, List.of());
            }
            return new JobProgress(p.elapsedMillis(), p.totalTasks(), p.runningTasks(), p.finishedTasks(), p.recordsRead(),
                    p.bytesRead(), p.recordsReceived(), p.bytesReceived(), p.loops().stream()
                            .map(l -> new JobProgress.Loop(l.name(), l.superstep(), l.maxSupersteps())).toList());
        }
    }
}

package io.eddy.yarn.am;

import io.eddy.runtime.cluster.JobManager;
import io.eddy.runtime.cluster.ResourceDemandListener;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.service.AbstractService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's {@link JobManager}, embedded in the ApplicationMaster's JVM. It starts listening on
 * start; when it terminates (a client asked the cluster to shut down) it calls {@code onTermination}
 * from its own thread, which is how the ApplicationMaster learns that the session is over.
 */
final class JobManagerService extends AbstractService {

    private static final Logger LOG = LoggerFactory.getLogger(JobManagerService.class);

    private final String host;
    private final byte[] secret;
    private final Map<String, String> settings;
    private final Path workDirectory;
    private final Runnable onTermination;
    private final ResourceDemandListener onDemand;
    private volatile JobManager jobManager;

    /**
     * @param onDemand told when a job waits for more slots than the registered TaskExecutors have free,
     *                 or null when the session's TaskExecutors are fixed
     */
    JobManagerService(String host, byte[] secret, Map<String, String> settings, Path workDirectory,
                      Runnable onTermination, ResourceDemandListener onDemand) {
        super("JobManager");
        this.host = host;
        this.secret = secret.clone();
        this.settings = settings;
        this.workDirectory = workDirectory;
        this.onTermination = onTermination;
        this.onDemand = onDemand;
    }

    @Override
    protected void serviceStart() throws Exception {
        JobManager started = new JobManager(host, 0, secret, settings, workDirectory);
        if (onDemand != null) {
            // before anyone knows the address, so no job can ask for slots unheard
            started.setResourceDemandListener(onDemand);
        }
        jobManager = started;
        Thread watcher = new Thread(() -> {
            try {
                started.awaitTermination();
                LOG.info("The JobManager has terminated");
                onTermination.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "eddy jobmanager watcher");
        watcher.setDaemon(true);
        watcher.start();
        super.serviceStart();
    }

    /** Stops the JobManager (idempotent): it cancels its jobs and tells the TaskExecutors to stop. */
    @Override
    protected void serviceStop() throws Exception {
        JobManager running = jobManager;
        if (running != null) {
            running.close();
        }
        super.serviceStop();
    }

    /** As {@link #serviceStop} but leaves the service running, so the ApplicationMaster can end in its own order. */
    void closeJobManager() {
        JobManager running = jobManager;
        if (running != null) {
            running.close();
        }
    }

    String host() {
        return jobManager.host();
    }

    int port() {
        return jobManager.port();
    }

    /** The JobManager's tracking page, which YARN links as the application's tracking URL; "" if it has none. */
    String webUrl() {
        String url = jobManager.webUrl();
        return url == null ? "" : url;
    }

    /** Stops the TaskExecutor of that id if no job holds its slots; see {@link JobManager#stopIdleTaskExecutor}. */
    boolean stopIdleTaskExecutor(String id) {
        JobManager running = jobManager;
        return running != null && running.stopIdleTaskExecutor(id);
    }

    int registeredTaskExecutors() {
        JobManager running = jobManager;
        return running == null ? 0 : running.registeredTaskExecutors();
    }
}

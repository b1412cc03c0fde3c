package io.eddy.yarn.am;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.service.AbstractService;
import org.apache.hadoop.yarn.api.protocolrecords.RegisterApplicationMasterResponse;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.ContainerStatus;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.NodeReport;
import org.apache.hadoop.yarn.api.records.UpdatedContainer;
import org.apache.hadoop.yarn.client.api.AMRMClient.ContainerRequest;
import org.apache.hadoop.yarn.client.api.async.AMRMClientAsync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ApplicationMaster's side of the ResourceManager protocol: registration (which publishes the
 * JobManager's address in the application report), heartbeats carrying the progress, container
 * requests and releases, and unregistration. Allocations and completions go to the
 * {@link TaskExecutorContainers}; errors and shutdown requests from the RM end the session.
 */
final class ResourceManagerService extends AbstractService {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceManagerService.class);
    private static final int HEARTBEAT_MILLIS = 500;

    private final TaskExecutorContainers containers;
    private final DoubleSupplier progress;
    private final Consumer<String> onFatalError;
    private AMRMClientAsync<ContainerRequest> client;

    /**
     * @param progress what the heartbeats report, between 0 and 1
     * @param onFatalError called when the ResourceManager cannot be talked to or asks the AM to shut down
     */
    ResourceManagerService(TaskExecutorContainers containers, DoubleSupplier progress, Consumer<String> onFatalError) {
        super("ResourceManager client");
        this.containers = containers;
        this.progress = progress;
        this.onFatalError = onFatalError;
    }

    @Override
    protected void serviceInit(Configuration conf) throws Exception {
        client = AMRMClientAsync.createAMRMClientAsync(HEARTBEAT_MILLIS, new Handler());
        client.init(conf);
        super.serviceInit(conf);
    }

    @Override
    protected void serviceStart() throws Exception {
        client.start();
        super.serviceStart();
    }

    @Override
    protected void serviceStop() throws Exception {
        if (client != null) {
            client.stop();
        }
        super.serviceStop();
    }

    /**
     * Registers the AM; the ResourceManager shows {@code host} and {@code port} as the application's
     * host and RPC port, which is where clients find the JobManager.
     */
    RegisterApplicationMasterResponse register(String host, int port, String trackingUrl) throws Exception {
        RegisterApplicationMasterResponse response = client.registerApplicationMaster(host, port, trackingUrl);
        LOG.info("Registered with the ResourceManager as {}:{}; largest container: {}", host, port,
                response.getMaximumResourceCapability());
        return response;
    }

    void request(ContainerRequest request) {
        client.addContainerRequest(request);
    }

    /** Withdraws a request, e.g. because a container was allocated for it (else the client would ask again). */
    void withdraw(ContainerRequest request) {
        client.removeContainerRequest(request);
    }

    void release(ContainerId container) {
        client.releaseAssignedContainer(container);
    }

    void unregister(FinalApplicationStatus status, String diagnostics) throws Exception {
        client.unregisterApplicationMaster(status, diagnostics, null);
        LOG.info("Unregistered from the ResourceManager: {} {}", status, diagnostics == null ? "" : diagnostics);
    }

    /** Runs on the AMRM client's callback thread. */
    private final class Handler extends AMRMClientAsync.AbstractCallbackHandler {

        @Override
        public void onContainersAllocated(List<Container> allocated) {
            containers.allocated(allocated);
        }

        @Override
        public void onContainersCompleted(List<ContainerStatus> statuses) {
            containers.completed(statuses);
        }

        @Override
        public void onContainersUpdated(List<UpdatedContainer> containers) {
            // sessions never ask to resize containers
        }

        @Override
        public void onShutdownRequest() {
            onFatalError.accept("the ResourceManager asked the ApplicationMaster to shut down");
        }

        @Override
        public void onNodesUpdated(List<NodeReport> updatedNodes) {
            // a lost node's containers arrive as completed, which is all the session acts on
        }

        @Override
        public float getProgress() {
            return (float) Math.max(0, Math.min(1, progress.getAsDouble()));
        }

        @Override
        public void onError(Throwable e) {
            LOG.error("The ResourceManager client failed", e);
            onFatalError.accept("the ResourceManager client failed: " + e);
        }
    }
}

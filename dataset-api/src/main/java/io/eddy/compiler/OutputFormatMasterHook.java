package io.eddy.compiler;

import io.eddy.api.io.CleanupOnMaster;
import io.eddy.api.io.FinalizeOnMaster;
import io.eddy.api.io.InitializeOnMaster;
import io.eddy.api.io.OutputFormat;
import io.eddy.runtime.jobgraph.MasterHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an output format's master-side steps around the job: prepare (InitializeOnMaster), commit
 * after every instance succeeded (FinalizeOnMaster) and discard after a failure (CleanupOnMaster).
 * This is what makes file output atomic.
 */
public final class OutputFormatMasterHook implements MasterHook {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OutputFormatMasterHook.class);

    private final OutputFormat<?> format;
    private final int operatorIndex;

    /** A hook for {@code format}, the sink at {@code operatorIndex} in its vertex's chain. */
    public OutputFormatMasterHook(OutputFormat<?> format, int operatorIndex) {
        this.format = format;
        this.operatorIndex = operatorIndex;
    }

    @Override
    public int operatorIndex() {
        return operatorIndex;
    }

    @Override
    public void initializeGlobal(int parallelism) throws Exception {
        if (format instanceof InitializeOnMaster init) {
            init.initializeGlobal(parallelism);
        }
    }

    @Override
    public void finalizeGlobal(int parallelism) throws Exception {
        if (format instanceof FinalizeOnMaster fin) {
            fin.finalizeGlobal(parallelism);
        }
    }

    @Override
    public void abortGlobal(int parallelism) {
        if (format instanceof CleanupOnMaster cleanup) {
            try {
                cleanup.abortGlobal(parallelism);
            } catch (RuntimeException e) {
                LOG.warn("Cleaning up the output of {} after the job failed did not complete", format, e);
            }
        }
    }
}

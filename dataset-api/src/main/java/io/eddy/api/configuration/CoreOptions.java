package io.eddy.api.configuration;

import java.io.File;

/** General settings, under Flink's keys. */
public final class CoreOptions {

    private CoreOptions() {
    }

    /**
     * Directories for spill files, separated by commas or the platform's path separator; several
     * directories (ideally on different disks) are used round-robin. Default: {@code java.io.tmpdir}.
     */
    public static final ConfigOption<String> TMP_DIRS = ConfigOptions.key("io.tmp.dirs")
            .stringType().defaultValue(System.getProperty("java.io.tmpdir"))
            .withDescription("Directories for temporary files, separated by ',' or '" + File.pathSeparator + "'.");
}

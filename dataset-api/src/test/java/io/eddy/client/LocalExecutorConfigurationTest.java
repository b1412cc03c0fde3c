package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.configuration.CoreOptions;
import io.eddy.api.configuration.MemorySize;
import io.eddy.api.configuration.TaskManagerOptions;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalExecutorConfigurationTest {

    @Test
    void defaultsFollowTheParallelismAndTheTempDirectory() {
        MiniClusterConfiguration cluster = LocalExecutor.clusterConfiguration(new Configuration(), 3);
        assertEquals(3, cluster.numSlots());
        assertEquals(List.of(System.getProperty("java.io.tmpdir")), cluster.tempDirectories());
        assertEquals(32 * 1024, cluster.pageSize());
    }

    @Test
    void configurationSetsMemoryPagesSlotsAndDirectories() {
        Configuration conf = new Configuration();
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("48m"));
        conf.setString(TaskManagerOptions.MEMORY_SEGMENT_SIZE.key(), "16kb");
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, 4);
        conf.set(CoreOptions.TMP_DIRS, "/tmp/a," + "/tmp/b" + File.pathSeparator + "/tmp/c");
        MiniClusterConfiguration cluster = LocalExecutor.clusterConfiguration(conf, 2);
        assertEquals(48L << 20, cluster.managedMemoryBytes());
        assertEquals(16 * 1024, cluster.pageSize());
        assertEquals(4, cluster.numSlots());
        assertEquals(List.of("/tmp/a", "/tmp/b", "/tmp/c"), cluster.tempDirectories());
    }

    @Test
    void systemPropertiesApplyUnlessTheConfigurationSaysOtherwise() {
        String key = TaskManagerOptions.MANAGED_MEMORY_SIZE.key();
        System.setProperty(key, "40m");
        try {
            assertEquals(40L << 20, LocalExecutor.clusterConfiguration(new Configuration(), 1).managedMemoryBytes());
            Configuration conf = new Configuration();
            conf.setString(key, "24m");
            assertEquals(24L << 20, LocalExecutor.clusterConfiguration(conf, 1).managedMemoryBytes());
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void tooLittleMemoryIsACleanError() {
        Configuration conf = new Configuration();
        conf.setString(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), "100kb");
        assertThrows(IllegalArgumentException.class, () -> LocalExecutor.clusterConfiguration(conf, 2));
    }
}

package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.rpc.RpcSecurity;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster with TLS on: every control connection (client, JobManager, TaskExecutors) and every data
 * connection between TaskExecutors is encrypted; a job gives the embedded result, and a client that
 * does not speak TLS gets nowhere.
 */
@Timeout(180)
class ClusterTlsTest {

    @TempDir
    Path directory;

    private static Path keyStore(Path directory) throws Exception {
        Path store = directory.resolve("cluster.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "eddy", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2").redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                new String(keytool.getInputStream().readAllBytes()));
        return store;
    }

    @Test
    void jobsRunOverTlsAndPlaintextClientsAreRefused() throws Exception {
        Path store = keyStore(directory);
        RpcSecurity.Tls tls = new RpcSecurity.Tls(store, "changeit".toCharArray(), store, "changeit".toCharArray());
        try (ProcessCluster cluster = new ProcessCluster(directory, 2, 2, List.of(), tls)) {
            Configuration conf = new Configuration();
            conf.setString(ClusterExecutor.SECRET_FILE, cluster.secretFile().toString());
            conf.setString(ClusterExecutor.TLS_TRUSTSTORE, store.toString());
            conf.setString(ClusterExecutor.TLS_PASSWORD, "changeit");
            String[] hostPort = cluster.address().split(":");
            ExecutionEnvironment remote = ExecutionEnvironment.createRemoteEnvironment(hostPort[0],
                    Integer.parseInt(hostPort[1]), conf, ProcessCluster.testClassesJar(directory).toString());
            remote.setParallelism(4);
            ExecutionEnvironment local = ExecutionEnvironment.createLocalEnvironment();
            local.setParallelism(4);
            assertEquals(ClusterTestJobs.groupedAndJoined(local), ClusterTestJobs.groupedAndJoined(remote));
            try (ClusterClient plaintext = ClusterClient.connect(cluster.address(),
                    ClusterClient.readSecret(cluster.secretFile()))) {
                assertThrows(Exception.class, plaintext::list);
            }
        }
    }
}

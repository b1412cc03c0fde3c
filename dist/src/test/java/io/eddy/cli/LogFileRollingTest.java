package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PropertyConfigurator;
import org.apache.log4j.RollingFileAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution's log file (src/main/resources/log4j.properties) is bounded: it rolls. */
class LogFileRollingTest {

    @TempDir
    Path tempDir;

    @AfterEach
    void restoreTheTestsLogging() {
        LogManager.resetConfiguration();
        PropertyConfigurator.configure(LogFileRollingTest.class.getClassLoader().getResource("log4j.properties"));
    }

    @Test
    void theLogFileRollsAtTenMegabytesAndKeepsFive() throws IOException {
        Properties configuration = distributionConfiguration();
        Path logFile = tempDir.resolve("eddy.log");
        configuration.setProperty("eddy.log.file", logFile.toString());
        configure(configuration);

        RollingFileAppender appender = assertInstanceOf(RollingFileAppender.class,
                Logger.getRootLogger().getAppender("file"));
        assertEquals(10L * 1024 * 1024, appender.getMaximumFileSize());
        assertEquals(5, appender.getMaxBackupIndex());
    }

    @Test
    void rollingKeepsTheFilesBounded() throws IOException {
        Properties configuration = distributionConfiguration();
        Path logFile = tempDir.resolve("eddy.log");
        configuration.setProperty("eddy.log.file", logFile.toString());
        configuration.setProperty("log4j.appender.file.MaxFileSize", "2KB");
        configuration.setProperty("log4j.rootLogger", "INFO, file");
        configure(configuration);

        Logger logger = Logger.getLogger(LogFileRollingTest.class);
        for (int i = 0; i < 500; i++) {
            logger.info("line " + i + " of a long log that must not grow forever");
        }
        assertTrue(Files.size(logFile) < 4 * 1024, "the current file stays near its limit: " + Files.size(logFile));
        for (int backup = 1; backup <= 5; backup++) {
            assertTrue(Files.isRegularFile(Path.of(logFile + "." + backup)), "backup " + backup);
        }
        assertTrue(Files.notExists(Path.of(logFile + ".6")), "only 5 backups are kept");
    }

    private static Properties distributionConfiguration() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Processes.projectRoot().resolve("dist/src/main/resources/log4j.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static void configure(Properties configuration) {
        LogManager.resetConfiguration();
        PropertyConfigurator.configure(configuration);
    }
}

package io.eddy.api.fs;

import java.io.File;

/**
 * Finds Hadoop's site configuration without loading Hadoop: the configuration directory from the
 * environment, and whether a {@code core-site.xml} is on the classpath or in that directory.
 */
final class HadoopSite {

    /** Set once a configuration was given programmatically. */
    static volatile boolean configurationSet;

    private static volatile Boolean siteFiles;

    private HadoopSite() {}

    static boolean isConfigured() {
        if (configurationSet) {
            return true;
        }
        Boolean found = siteFiles;
        if (found == null) {
            found = findSiteFiles();
            siteFiles = found;
        }
        return found;
    }

    /** {@code $HADOOP_CONF_DIR}, else {@code $HADOOP_HOME/etc/hadoop}, else null. */
    static File configurationDirectory() {
        String confDir = System.getenv("HADOOP_CONF_DIR");
        if (confDir == null && System.getenv("HADOOP_HOME") != null) {
            confDir = System.getenv("HADOOP_HOME") + "/etc/hadoop";
        }
        return confDir == null ? null : new File(confDir);
    }

    private static boolean findSiteFiles() {
        File dir = configurationDirectory();
        if (dir != null && new File(dir, "core-site.xml").isFile()) {
            return true;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return (context != null && context.getResource("core-site.xml") != null)
                || HadoopSite.class.getClassLoader().getResource("core-site.xml") != null;
    }
}

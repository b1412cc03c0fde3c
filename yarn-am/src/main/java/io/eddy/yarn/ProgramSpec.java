package io.eddy.yarn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The program an application runs in its ApplicationMaster (application mode, as Spark's cluster
 * deploy mode and Flink's application mode): a jar shipped in the staging directory or an example
 * of the distribution, its main class, the job parallelism and the program's arguments. The client
 * writes it as {@value #FILE} into the staging directory's {@value #DIRECTORY} directory, which only
 * the ApplicationMaster's container localizes; a properties file, because program arguments may hold
 * any character and would not survive the shell command a NodeManager runs.
 *
 * @param program     the jar's file name in the ApplicationMaster's working directory ({@link #jarLinkName}), or an
 *                    example's name
 * @param jar         whether {@code program} is a jar
 * @param mainClass   the main class to run instead of the jar manifest's, or null
 * @param parallelism the default parallelism of the program's jobs
 * @param arguments   the program's arguments
 */
public record ProgramSpec(String program, boolean jar, String mainClass, int parallelism, List<String> arguments) {

    /** The staging subdirectory holding the program, localized into the ApplicationMaster's container only. */
    public static final String DIRECTORY = "program";
    /** The file, in {@link #DIRECTORY} and then in the ApplicationMaster's working directory. */
    public static final String FILE = "eddy-program.properties";

    /**
     * The name a program's jar gets in the ApplicationMaster's working directory: its own name without
     * the {@code .jar} ending, because the container's class path holds {@code $PWD/*}, which would put
     * a {@code .jar} there on the ApplicationMaster's own class path. The program gets a class loader of
     * its own instead, and what the jar carries (a {@code log4j.properties}, other versions of Eddy's
     * dependencies) cannot reconfigure or shadow the ApplicationMaster.
     */
    public static String jarLinkName(String jarFileName) {
        return jarFileName + ".program";
    }

    public ProgramSpec {
        if (program == null || program.isBlank()) {
            throw new IllegalArgumentException("a program needs a jar or an example name");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
        }
        arguments = List.copyOf(arguments);
    }

    /** Writes this spec as {@link #read} reads it. */
    public void write(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("program", program);
        properties.setProperty("jar", Boolean.toString(jar));
        if (mainClass != null) {
            properties.setProperty("main-class", mainClass);
        }
        properties.setProperty("parallelism", Integer.toString(parallelism));
        properties.setProperty("arguments", Integer.toString(arguments.size()));
        for (int i = 0; i < arguments.size(); i++) {
            properties.setProperty("argument." + i, arguments.get(i));
        }
        properties.store(out, "the program of an Eddy application");
    }

    /** Reads what {@link #write} wrote. */
    public static ProgramSpec read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        int count = Integer.parseInt(required(properties, "arguments"));
        List<String> arguments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            arguments.add(required(properties, "argument." + i));
        }
        return new ProgramSpec(required(properties, "program"), Boolean.parseBoolean(required(properties, "jar")),
                properties.getProperty("main-class"), Integer.parseInt(required(properties, "parallelism")), arguments);
    }

    private static String required(Properties properties, String key) throws IOException {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IOException("the program file lacks '" + key + "'");
        }
        return value;
    }
}

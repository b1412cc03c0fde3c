package io.eddy.cli;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A user program ready to run: its main class, the class loader it lives in and its arguments.
 *
 * <p>A jar gets its own {@link URLClassLoader} whose parent is the command line's loader, with the
 * usual parent-first delegation. That is deliberate: Eddy's own classes (above all
 * {@code ExecutionEnvironment}, whose static context factory the command line installs) must be the
 * command line's copies even when the user bundled Eddy into a fat jar. While {@code main} runs, the
 * program's loader is the thread's context class loader, so serializers and Kryo find user types.
 */
public final class PackagedProgram implements AutoCloseable {

    private final Class<?> mainClass;
    private final Method mainMethod;
    private final String[] args;
    private final URLClassLoader ownedLoader;

    private PackagedProgram(Class<?> mainClass, Method mainMethod, String[] args, URLClassLoader ownedLoader) {
        this.mainClass = mainClass;
        this.mainMethod = mainMethod;
        this.args = args.clone();
        this.ownedLoader = ownedLoader;
    }

    /**
     * Loads the program in {@code jar}; its main class is {@code mainClassName} if given, else the
     * manifest's {@code Main-Class}.
     */
    public static PackagedProgram fromJar(File jar, String mainClassName, String[] args, ClassLoader parent)
            throws ProgramLoadException {
        if (!jar.isFile()) {
            throw new ProgramLoadException("jar file not found: " + jar.getPath());
        }
        String className = mainClassName != null ? mainClassName : manifestMainClass(jar);
        URLClassLoader loader = new URLClassLoader(new URL[] {toUrl(jar)}, parent);
        try {
            return load(className, loader, args, loader);
        } catch (ProgramLoadException e) {
            closeQuietly(loader);
            throw e;
        }
    }

    /** The program whose main class is {@code className}, found through {@code loader}. */
    public static PackagedProgram fromClassName(String className, String[] args, ClassLoader loader)
            throws ProgramLoadException {
        return load(className, loader, args, null);
    }

    private static PackagedProgram load(String className, ClassLoader loader, String[] args, URLClassLoader owned)
            throws ProgramLoadException {
        Class<?> mainClass;
        try {
            mainClass = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ProgramLoadException("main class not found: " + className, e);
        }
        Method main;
        try {
            main = mainClass.getMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            throw new ProgramLoadException(className + " has no public static void main(String[])", e);
        }
        if (!Modifier.isStatic(main.getModifiers()) || main.getReturnType() != void.class) {
            throw new ProgramLoadException(className + " has no public static void main(String[])");
        }
        try {
            // A public main in a package-private class (allowed by the java launcher) needs this.
            main.setAccessible(true);
        } catch (RuntimeException e) {
            throw new ProgramLoadException("cannot access main of " + className + ": " + e.getMessage(), e);
        }
        return new PackagedProgram(mainClass, main, args, owned);
    }

    private static String manifestMainClass(File jar) throws ProgramLoadException {
        Manifest manifest;
        try (JarFile jarFile = new JarFile(jar)) {
            manifest = jarFile.getManifest();
        } catch (IOException e) {
            throw new ProgramLoadException("cannot read jar " + jar.getPath() + ": " + e.getMessage(), e);
        }
        String className = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        if (className == null || className.isBlank()) {
            throw new ProgramLoadException(
                    "jar " + jar.getPath() + " names no Main-Class in its manifest; give the class with -c");
        }
        return className.trim();
    }

    private static URL toUrl(File jar) throws ProgramLoadException {
        try {
            return jar.getAbsoluteFile().toURI().toURL();
        } catch (MalformedURLException e) {
            throw new ProgramLoadException("invalid jar path: " + jar.getPath(), e);
        }
    }

    public String getMainClassName() {
        return mainClass.getName();
    }

    public ClassLoader getClassLoader() {
        return mainClass.getClassLoader();
    }

    /**
     * Runs {@code main} on the calling thread and returns when it returns.
     *
     * @throws Throwable whatever {@code main} threw, unwrapped from reflection's wrapper
     */
    public void invoke() throws Throwable {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(mainClass.getClassLoader());
        try {
            mainMethod.invoke(null, (Object) args.clone());
        } catch (InvocationTargetException e) {
            throw e.getCause() != null ? e.getCause() : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Releases the jar's class loader; classes loaded from it must not be used afterwards. */
    @Override
    public void close() {
        if (ownedLoader != null) {
            closeQuietly(ownedLoader);
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // Only releases the open jar file; nothing to report to the user.
        }
    }
}

package io.eddy.api.fs;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A file or directory name on some file system, as Flink's {@code core.fs.Path}: a URI with an
 * optional scheme ({@code file}, {@code hdfs}, ...) and authority, and a normalized path (no
 * repeated or trailing slashes). A path without scheme is resolved against Hadoop's
 * {@code fs.defaultFS}, which is the local file system unless configured otherwise.
 *
 * <p>Paths are plain serializable values and load no Hadoop class; {@link #toHadoopPath()} converts
 * when a file is actually accessed.
 */
public final class Path implements Serializable, Comparable<Path> {

    private static final long serialVersionUID = 1L;

    /** The separator between path segments. */
    public static final String SEPARATOR = "/";

    private final URI uri;

    /** Parses a path string such as {@code /data/in}, {@code file:///tmp/x} or {@code hdfs://nn:8020/x}. */
    public Path(String path) {
        if (path == null || path.trim().isEmpty()) {
            throw new IllegalArgumentException("Can not create a Path from a null or empty string");
        }
        String scheme = null;
        String authority = null;
        int start = 0;
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        if (colon > 0 && (slash == -1 || colon < slash)) {
            scheme = path.substring(0, colon);
            start = colon + 1;
        }
        if (path.startsWith("//", start) && path.length() - start > 2) {
            int nextSlash = path.indexOf('/', start + 2);
            int authorityEnd = nextSlash > 0 ? nextSlash : path.length();
            authority = path.substring(start + 2, authorityEnd);
            start = authorityEnd;
        }
        this.uri = createUri(scheme, authority, normalize(path.substring(start)));
    }

    /** Wraps a URI; its path is normalized. */
    public Path(URI uri) {
        this.uri = createUri(uri.getScheme(), uri.getAuthority(), normalize(uri.getPath()));
    }

    /** Resolves {@code child} against {@code parent}. */
    public Path(Path parent, Path child) {
        URI parentUri = parent.uri;
        String parentPath = parentUri.getPath();
        if (!parentPath.equals("/") && !parentPath.isEmpty()) {
            parentUri = createUri(parentUri.getScheme(), parentUri.getAuthority(), parentPath + "/");
        }
        URI resolved = parentUri.resolve(createUri(null, null, child.uri.getPath()));
        URI childUri = child.uri;
        this.uri = createUri(
                childUri.getScheme() != null ? childUri.getScheme() : resolved.getScheme(),
                childUri.getAuthority() != null ? childUri.getAuthority() : resolved.getAuthority(),
                normalize(resolved.getPath()));
    }

    public Path(String parent, String child) {
        this(new Path(parent), new Path(child));
    }

    public Path(Path parent, String child) {
        this(parent, new Path(child));
    }

    public Path(String parent, Path child) {
        this(new Path(parent), child);
    }

    /** Converts from Hadoop's path type. */
    public static Path fromHadoopPath(org.apache.hadoop.fs.Path hadoopPath) {
        return new Path(hadoopPath.toUri());
    }

    /** This path as Hadoop's path type (loads Hadoop classes). */
    public org.apache.hadoop.fs.Path toHadoopPath() {
        return new org.apache.hadoop.fs.Path(uri);
    }

    public URI toUri() {
        return uri;
    }

    /** The last segment, or the empty string for the root. */
    public String getName() {
        String p = uri.getPath();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** The path one level up, or null for the root or a single relative segment. */
    public Path getParent() {
        String p = uri.getPath();
        int lastSlash = p.lastIndexOf('/');
        if (p.equals("/") || lastSlash == -1) {
            return null;
        }
        String parentPath = lastSlash == 0 ? "/" : p.substring(0, lastSlash);
        return new Path(createUri(uri.getScheme(), uri.getAuthority(), parentPath));
    }

    /** A sibling path with {@code suffix} appended to the name. */
    public Path suffix(String suffix) {
        return new Path(createUri(uri.getScheme(), uri.getAuthority(), uri.getPath() + suffix));
    }

    public boolean isAbsolute() {
        return uri.getPath().startsWith("/");
    }

    /** The number of segments: 0 for the root. */
    public int depth() {
        String p = uri.getPath();
        int depth = 0;
        int slash = p.length() == 1 && p.charAt(0) == '/' ? -1 : 0;
        while (slash != -1) {
            depth++;
            slash = p.indexOf('/', slash + 1);
        }
        return depth;
    }

    /** The file system this path lives on (resolving a missing scheme as described above). */
    public FileSystem getFileSystem() throws java.io.IOException {
        return FileSystem.get(uri);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (uri.getScheme() != null) {
            sb.append(uri.getScheme()).append(':');
        }
        if (uri.getAuthority() != null) {
            sb.append("//").append(uri.getAuthority());
        }
        sb.append(uri.getPath());
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path other && uri.equals(other.uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public int compareTo(Path o) {
        return uri.compareTo(o.uri);
    }

    private static String normalize(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String p = path.replace('\\', '/');
        while (p.contains("//")) {
            p = p.replace("//", "/");
        }
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static URI createUri(String scheme, String authority, String path) {
        try {
            String auth = authority == null || authority.isEmpty() ? null : authority;
            return new URI(scheme, auth, path, null, null).normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid path: " + path, e);
        }
    }
}

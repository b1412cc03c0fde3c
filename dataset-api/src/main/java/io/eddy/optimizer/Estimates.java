package io.eddy.optimizer;

/**
 * What the optimizer expects a node to produce: a record count and a size in bytes, each -1 when
 * unknown. Sources know them from file sizes and collection lengths; other nodes derive them with
 * simple defaults (a filter keeps half, a join as many as its larger input).
 */
public record Estimates(long rows, long bytes) {

    public static final Estimates UNKNOWN = new Estimates(-1, -1);

    public boolean knowsBytes() {
        return bytes >= 0;
    }

    /** These estimates scaled by {@code factor}; unknowns stay unknown. */
    public Estimates scale(double factor) {
        return new Estimates(rows < 0 ? -1 : (long) Math.ceil(rows * factor), bytes < 0 ? -1 : (long) Math.ceil(bytes * factor));
    }

    /** The bytes, or {@code unknownCost} if they are unknown: unknown inputs are assumed large. */
    public long bytesOr(long unknownCost) {
        return bytes < 0 ? unknownCost : bytes;
    }

    /** "12.3 MB", "(unknown)". */
    public String describeBytes() {
        if (bytes < 0) {
            return "(unknown)";
        }
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** "1,234", "(unknown)". */
    public String describeRows() {
        return rows < 0 ? "(unknown)" : String.format(java.util.Locale.ROOT, "%,d", rows);
    }
}

package io.eddy.api;

import java.io.Serializable;
import java.util.UUID;

/** Identifies one run of a job. */
public final class JobID implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID id;

    public JobID() {
        this(UUID.randomUUID());
    }

    private JobID(UUID id) {
        this.id = id;
    }

    public static JobID generate() {
        return new JobID();
    }

    public static JobID fromHexString(String hex) {
        String h = hex.replace("-", "");
        if (h.length() != 32) {
            throw new IllegalArgumentException("a JobID has 32 hex digits: " + hex);
        }
        return new JobID(new UUID(Long.parseUnsignedLong(h.substring(0, 16), 16),
                Long.parseUnsignedLong(h.substring(16), 16)));
    }

    public String toHexString() {
        return String.format("%016x%016x", id.getMostSignificantBits(), id.getLeastSignificantBits());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobID other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return toHexString();
    }
}

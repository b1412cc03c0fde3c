package io.eddy.api;

import io.eddy.api.accumulators.Accumulator;
import io.eddy.api.accumulators.SimpleAccumulator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.RichOutputFormat;
import io.eddy.api.operators.translation.CallSites;
import java.util.Random;

/** Helpers of the DataSet API that Flink programs reach for (Flink's {@code org.apache.flink.api.java.Utils}). */
public final class Utils {

    /** The source of seeds for samples whose program gives none. */
    public static final Random RNG = new Random();

    private Utils() {}

    /** Where the user's program called into the API, e.g. {@code "main(MyJob.java:42)"}. */
    public static String getCallLocationName() {
        return CallSites.describe("").replaceFirst("^ at ", "");
    }

    /**
     * The number of records of a data set and the sum of their {@code hashCode()}s: a cheap
     * fingerprint of a result that does not depend on its order (Flink's accumulator).
     */
    public static class ChecksumHashCode implements SimpleAccumulator<ChecksumHashCode> {

        private static final long serialVersionUID = 1L;

        private long count;

        private long checksum;

        public ChecksumHashCode() {}

        public ChecksumHashCode(long count, long checksum) {
            this.count = count;
            this.checksum = checksum;
        }

        public long getCount() {
            return count;
        }

        public long getChecksum() {
            return checksum;
        }

        @Override
        public void add(ChecksumHashCode value) {
            count += value.count;
            checksum += value.checksum;
        }

        @Override
        public ChecksumHashCode getLocalValue() {
            return this;
        }

        @Override
        public void resetLocal() {
            count = 0;
            checksum = 0;
        }

        @Override
        public void merge(Accumulator<ChecksumHashCode, ChecksumHashCode> other) {
            add(other.getLocalValue());
        }

        @Override
        public ChecksumHashCode clone() {
            return new ChecksumHashCode(count, checksum);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof ChecksumHashCode && ((ChecksumHashCode) obj).count == count
                    && ((ChecksumHashCode) obj).checksum == checksum;
        }

        @Override
        public int hashCode() {
            return (int) (count + checksum);
        }

        @Override
        public String toString() {
            return String.format("ChecksumHashCode 0x%016x, count %d", checksum, count);
        }
    }

    /** A sink that adds its records' count and hash codes into a {@link ChecksumHashCode} accumulator. */
    public static class ChecksumHashCodeHelper<T> extends RichOutputFormat<T> {

        private static final long serialVersionUID = 1L;

        private final String id;

        private long count;

        private long checksum;

        public ChecksumHashCodeHelper(String id) {
            this.id = id;
        }

        @Override
        public void configure(Configuration parameters) {}

        @Override
        public void open(int taskNumber, int numTasks) {
            count = 0;
            checksum = 0;
        }

        @Override
        public void writeRecord(T record) {
            checksum += record.hashCode();
            count++;
        }

        @Override
        public void close() {
            getRuntimeContext().addAccumulator(id, new ChecksumHashCode(count, checksum));
        }
    }
}

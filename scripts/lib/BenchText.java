import io.eddy.benchmarks.TextGenerator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The WordCount input of the core benchmark suite, for scripts/benchmark-yarn.sh: the same file
 * BenchmarkMain#prepareData writes and caches ({@code <data dir>/text-<bytes>.txt} of
 * {@code size-gb * 2^30} bytes, 100 000 words of vocabulary, and {@code text-<bytes>.records} with its
 * line count), so either suite reuses what the other generated. Prints {@code <file> <bytes> <lines>}.
 *
 * <p>Run as a single-file program on the class path of the benchmarks' plain-Java classes:
 * {@code java -cp benchmarks/target/driver-classes scripts/lib/BenchText.java <data dir> <size in GiB>}.
 */
public final class BenchText {

    /** BenchmarkMain's TEXT_BYTES_PER_GB and VOCABULARY (private there); keep them equal. */
    private static final long TEXT_BYTES_PER_GB = 1L << 30;
    private static final int VOCABULARY = 100_000;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BenchText <data dir> <size in GiB>");
            System.exit(2);
        }
        Path dataDir = Files.createDirectories(Path.of(args[0]));
        long textBytes = (long) (Double.parseDouble(args[1]) * TEXT_BYTES_PER_GB);
        Path text = dataDir.resolve("text-" + textBytes + ".txt");
        Path textMeta = dataDir.resolve("text-" + textBytes + ".records");
        if (!Files.exists(textMeta) || !Files.exists(text)) {
            long lines = new TextGenerator(VOCABULARY).write(text, textBytes);
            Files.writeString(textMeta, Long.toString(lines));
        }
        System.out.println(text.toAbsolutePath() + " " + Files.size(text) + " " + Files.readString(textMeta).trim());
    }
}

package io.eddy.api.io;

import io.eddy.api.fs.FileSystem;
import io.eddy.api.fs.Path;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.io.compress.CodecPool;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.io.compress.Decompressor;

/**
 * Hadoop's compression codecs, chosen by file extension, for {@link FileInputFormat}. Kept apart
 * so that reading a file whose name no codec claims never loads Hadoop (see
 * {@link FileInputFormat#mayBeCompressed}).
 */
final class HadoopDecompression {

    private final CompressionCodecFactory factory = new CompressionCodecFactory(FileSystem.getHadoopConfiguration());

    boolean isCompressed(Path path) {
        return factory.getCodec(path.toHadoopPath()) != null;
    }

    /**
     * The decompressed content of {@code raw}, or null if no codec claims {@code path}. With
     * {@code pooled}, the decompressor comes from Hadoop's pool and returns there on close.
     */
    InputStream open(Path path, InputStream raw, boolean pooled) throws IOException {
        CompressionCodec codec = factory.getCodec(path.toHadoopPath());
        if (codec == null) {
            return null;
        }
        if (!pooled) {
            return codec.createInputStream(raw);
        }
        Decompressor decompressor = CodecPool.getDecompressor(codec);
        try {
            return new FilterInputStream(codec.createInputStream(raw, decompressor)) {
                private boolean returned;

                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        if (!returned) {
                            returned = true;
                            CodecPool.returnDecompressor(decompressor);
                        }
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            CodecPool.returnDecompressor(decompressor);
            throw e;
        }
    }
}

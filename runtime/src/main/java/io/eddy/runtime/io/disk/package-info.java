/**
 * Spill files: where sorters and hash joins put serialized records that do not fit in managed
 * memory. The {@link io.eddy.runtime.io.disk.IOManager} owns the spilling directories and one I/O
 * thread per directory; {@link io.eddy.runtime.io.disk.BlockChannelWriter} and
 * {@link io.eddy.runtime.io.disk.BlockChannelReader} move whole memory segments to and from a file
 * asynchronously, handing them back through a return queue; and
 * {@link io.eddy.runtime.io.disk.ChannelWriterOutputView} /
 * {@link io.eddy.runtime.io.disk.ChannelReaderInputView} turn that into a checksummed byte stream that
 * records are serialized into and read from.
 *
 * <p>I/O happens at block granularity only, never per record. Errors of asynchronous requests are
 * kept per channel and rethrown by its next call, so no caller hangs and no failure is lost.
 * Nothing here knows records, serializers or operators.
 */
package io.eddy.runtime.io.disk;

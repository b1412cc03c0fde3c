/**
 * File system access for Eddy's file formats (Flink's {@code core.fs}): {@link io.eddy.api.fs.Path}
 * values and the {@link io.eddy.api.fs.FileSystem} abstraction, with Eddy's own local file system
 * and every other scheme through Hadoop's file system for it. Formats are in {@code io.eddy.api.io}.
 */
package io.eddy.api.fs;

/**
 * File system access for Eddy's file formats (Flink's {@code core.fs}): {@link io.eddy.api.fs.Path}
 * values and a facade over Hadoop's {@code FileSystem}, so that every Hadoop-compatible file system
 * works. Only path handling and file-system lookup live here; formats are in {@code io.eddy.api.io}.
 */
package io.eddy.api.fs;

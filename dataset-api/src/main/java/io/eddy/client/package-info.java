/**
 * Running programs: the local executor on the embedded cluster and the environments the command
 * line installs (plan capture). Executors for clusters and YARN plug in here behind the runtime's
 * JobExecutor interface.
 */
package io.eddy.client;

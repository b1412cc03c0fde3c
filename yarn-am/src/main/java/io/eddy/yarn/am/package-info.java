/**
 * The ApplicationMaster of an Eddy session: small Hadoop services with explicit init/start/stop (the
 * embedded JobManager, the ResourceManager client, the container launcher) and the bookkeeping that
 * keeps the wanted number of TaskExecutor containers running. It uses the runtime and Hadoop only,
 * never the DataSet API: jobs reach its JobManager as job graphs and jars, as on a standalone cluster.
 */
package io.eddy.yarn.am;

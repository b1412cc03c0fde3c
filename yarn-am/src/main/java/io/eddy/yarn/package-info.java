/**
 * Eddy sessions on YARN: a YARN application is a session cluster whose ApplicationMaster runs the
 * JobManager and keeps TaskExecutors running in containers; clients submit jobs to it as to a
 * standalone cluster. This package holds what the client and the ApplicationMaster agree on (the
 * staging directory's layout, the ApplicationMaster's arguments, how containers get their class path);
 * {@link io.eddy.yarn.client} submits and stops sessions, {@link io.eddy.yarn.am} is the
 * ApplicationMaster. Nothing here or in {@code am} may use the DataSet API: the ApplicationMaster runs
 * with the runtime and Hadoop only.
 */
package io.eddy.yarn;

/**
 * The ApplicationMaster of an Eddy application on YARN: small Hadoop services with explicit
 * init/start/stop (the embedded JobManager, the ResourceManager client, the container launcher, the
 * container elasticity that follows the jobs' demand, and the program a program-running application
 * runs), the application's and each TaskExecutor container's lifecycle as transition tables over
 * typed events, and the bookkeeping that keeps the wanted TaskExecutor containers running. It uses
 * the runtime and Hadoop only, never the DataSet API: jobs reach its JobManager as job graphs and
 * jars, and a program runs through the {@link io.eddy.yarn.am.ProgramDriver} the distribution provides.
 */
package io.eddy.yarn.am;

/**
 * The {@code eddy} command line: {@link io.eddy.cli.EddyCli} parses a command, loads the user's
 * program (a jar, or a bundled example by name) and runs its {@code main} with the environment the
 * command asks for. It also starts and stops a standalone cluster's processes on this machine
 * ({@link io.eddy.cli.StandaloneCluster}, recorded in a {@link io.eddy.cli.ClusterDirectory}). Only the
 * command line's own logic lives here; running jobs is the API's and the runtime's business.
 */
package io.eddy.cli;

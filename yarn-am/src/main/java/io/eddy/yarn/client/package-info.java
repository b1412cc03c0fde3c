/**
 * Starting and ending Eddy sessions on YARN from a client: {@link io.eddy.yarn.client.YarnSessionClient}
 * submits the application and waits until its JobManager is reachable, and the returned
 * {@link io.eddy.yarn.client.YarnSession} tells its address and secret, gives DataSet programs a remote
 * environment for it, and stops or kills it. This is the only part of the module that may use the
 * DataSet API.
 */
package io.eddy.yarn.client;

/**
 * YARN integration: the client behind {@code yarn jar}, the ApplicationMaster that schedules task
 * containers and the container entry point. Arrives with the YARN issue.
 */
package io.eddy.yarn;

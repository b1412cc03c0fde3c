/**
 * Small helpers of the runtime that belong to no single subsystem: hash mixing shared by every
 * partitioner and hash table, and Java serialization of user objects under a user code class loader.
 * Nothing here knows about tasks, exchanges or the job graph.
 */
package io.eddy.runtime.util;

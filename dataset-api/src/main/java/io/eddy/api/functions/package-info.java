/**
 * User function interfaces (Flink's {@code api.common.functions} and {@code api.java.functions}):
 * the plain ones, usable as lambdas, and the Rich* variants with open/close and a runtime context.
 * Only interfaces and small base classes live here; drivers that run them are in {@code io.eddy.exec}.
 */
package io.eddy.api.functions;

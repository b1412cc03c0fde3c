/**
 * The one interface of everything that runs inside a task: the push-based
 * {@link io.eddy.runtime.operator.Operator} over finite inputs (its Javadoc is the lifecycle
 * contract), {@link io.eddy.runtime.operator.SourceOperator} for operators without inputs,
 * {@link io.eddy.runtime.operator.Output} through which records reach the next chained operator or
 * an exchange, {@link io.eddy.runtime.operator.OperatorContext} with what the task grants an operator
 * (identity, input splits, accumulators, managed memory, cancellation), and the serializable
 * {@link io.eddy.runtime.operator.OperatorFactory} that the job graph carries.
 *
 * <p>Only these contracts live here. Operators that run user functions (drivers) are in the DataSet
 * layer ({@code io.eddy.exec}); the algorithms they use are in {@code io.eddy.runtime.sort} and
 * {@code io.eddy.runtime.hash}; the task that drives operators is {@code io.eddy.runtime.task}.
 */
package io.eddy.runtime.operator;

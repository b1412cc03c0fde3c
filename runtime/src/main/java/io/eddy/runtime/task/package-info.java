/**
 * The execution of one parallel subtask of a vertex in one thread: {@link io.eddy.runtime.task.Task}
 * builds the vertex's {@link io.eddy.runtime.task.OperatorChain} from the serialized operator
 * factories, wires chained operators directly and network outputs through record writers, reads the
 * input gate and delivers records and end-of-input to the right operator input, and reports success
 * or a failure that names the operator. The executor decides where tasks run; tasks know nothing of
 * scheduling, and nothing of the DataSet API.
 */
package io.eddy.runtime.task;

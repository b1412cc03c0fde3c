package io.eddy.api.functions;

/** Turns a broadcast variable's records into the value that getBroadcastVariableWithInitializer returns; computed once per task. */
@FunctionalInterface
public interface BroadcastVariableInitializer<T, O> extends Function {

    O initializeBroadcastVariable(Iterable<T> data);
}

package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;

/** Drops every record, as Flink's {@code DiscardingOutputFormat}; for jobs run for their effects. */
public class DiscardingOutputFormat<T> implements OutputFormat<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public void configure(Configuration parameters) {}

    @Override
    public void open(int taskNumber, int numTasks) {}

    @Override
    public void writeRecord(T record) {}

    @Override
    public void close() {}
}

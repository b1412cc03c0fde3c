package io.eddy.cli.testprograms;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.io.DiscardingOutputFormat;

/**
 * Reads the CSV file args[1]: with args[0] "columns", columns 1 and 3 of three as (String, Integer);
 * with "people", lines "name,age" into {@link Person}s.
 */
public final class CsvJob {

    private CsvJob() {}

    public static void main(String[] args) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        if (args[0].equals("columns")) {
            env.readCsvFile(args[1]).includeFields("101").types(String.class, Integer.class)
                    .output(new DiscardingOutputFormat<>());
        } else {
            env.readCsvFile(args[1]).pojoType(Person.class, "name", "age")
                    .output(new DiscardingOutputFormat<>());
        }
        env.execute("csv job");
    }

    /** A person, as a POJO. */
    public static class Person {
        public String name;
        public int age;
    }
}

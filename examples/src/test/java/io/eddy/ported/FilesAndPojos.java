package io.eddy.ported;

import io.eddy.api.functions.MapFunction;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.io.TextOutputFormat.TextFormatter;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.fs.FileSystem.WriteMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File sources and sinks: readCsvFile into a POJO type and into tuples, readTextFile,
 * writeAsText, writeAsCsv (default and custom delimiters) and writeAsFormattedText, plus
 * ParameterTool for the program's arguments.
 */
public class FilesAndPojos {

    /** A person read from CSV; the field order is given to pojoType. */
    public static class Person {
        public String name;
        public int age;
        public String city;

        public Person() {
        }

        @Override
        public String toString() {
            return name + "(" + age + ") from " + city;
        }
    }

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);
        String work = params.getRequired("work");
        int minAge = params.getInt("min-age", 30);
        List<String> result = new ArrayList<>();

        Path people = Path.of(work, "people.csv");
        Files.write(people, List.of("ann;34;Oslo", "bob;27;Lima", "cid;45;Oslo", "dee;31;Pune", "eve;19;Lima"));

        DataSet<Person> persons = env.readCsvFile(people.toString())
                .fieldDelimiter(";")
                .pojoType(Person.class, "name", "age", "city");
        DataSet<Tuple3<String, Integer, String>> tuples = env.readCsvFile(people.toString())
                .fieldDelimiter(";")
                .types(String.class, Integer.class, String.class);

        DataSet<Person> older = persons.filter(p -> p.age >= minAge);
        older.writeAsText(work + "/text", WriteMode.OVERWRITE);
        tuples.project(2, 0).writeAsCsv(work + "/csv-default");
        tuples.writeAsCsv(work + "/csv-custom", "\n", "|", WriteMode.OVERWRITE);
        older.writeAsFormattedText(work + "/formatted", WriteMode.OVERWRITE, new PersonFormatter());
        env.execute("files and POJOs");

        for (String sink : List.of("text", "csv-default", "csv-custom", "formatted")) {
            result.addAll(PortedPrograms.tag(sink, PortedPrograms.readOutput(work + "/" + sink)));
        }

        // read back what was just written, as text and as CSV
        List<Integer> lengths = env.readTextFile(work + "/formatted").map(String::length).collect();
        result.addAll(PortedPrograms.tag("readTextFile.lengths", lengths));
        List<Tuple2<String, Integer>> cities = env.readCsvFile(work + "/csv-custom")
                .fieldDelimiter("|")
                .includeFields("101")
                .types(String.class, String.class)
                .map(new CityInitial())
                .collect();
        result.addAll(PortedPrograms.tag("readCsvFile.includeFields", cities));
        result.add(PortedPrograms.tag("params.min-age", minAge));

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    /** {@code name lives in city}. */
    public static final class PersonFormatter implements TextFormatter<Person> {

        @Override
        public String format(Person person) {
            return person.name + " lives in " + person.city;
        }
    }

    /** {@code (name, city) -> (name + city's initial, length of city)}. */
    public static final class CityInitial implements MapFunction<Tuple2<String, String>, Tuple2<String, Integer>> {

        @Override
        public Tuple2<String, Integer> map(Tuple2<String, String> nameAndCity) {
            return new Tuple2<>(nameAndCity.f0 + nameAndCity.f1.charAt(0), nameAndCity.f1.length());
        }
    }
}

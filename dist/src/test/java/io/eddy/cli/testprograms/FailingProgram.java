package io.eddy.cli.testprograms;

/** A program whose main fails with a wrapped cause, like a job whose user function threw. */
public final class FailingProgram {

    private FailingProgram() {}

    public static void main(String[] args) {
        throw new RuntimeException("job execution failed",
                new IllegalStateException("input file\n/data/in.txt does not exist"));
    }
}

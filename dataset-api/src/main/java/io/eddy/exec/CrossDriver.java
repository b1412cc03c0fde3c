package io.eddy.exec;

import io.eddy.api.functions.CrossFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link CrossFunction} as a nested loop: one side is held in memory
 * ({@code crossWithTiny} holds the second, {@code crossWithHuge} the first), the other streams and
 * is crossed with every held record. Streamed records that arrive before the held side has ended
 * are buffered until it ends. The function always gets (record of input 0, record of input 1).
 */
public final class CrossDriver<IN1, IN2, OUT> extends UdfDriver<CrossFunction<IN1, IN2, OUT>, OUT> {

    /**
     * Creates a {@link CrossDriver}: inputs 0 and 1 are the crossed inputs; the config's function is
     * a CrossFunction.
     *
     * @param heldSide the side kept in memory
     */
    public record Factory<OUT>(DriverConfig config, BuildSide heldSide) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new CrossDriver<>(config, heldSide);
        }
    }

    private final int heldInput;
    private List<Object> held = new ArrayList<>();
    private List<Object> pendingStreamed = new ArrayList<>();
    private boolean heldEnded;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public CrossDriver(DriverConfig config, BuildSide heldSide) {
        super(config, (Class) CrossFunction.class);
        if (config.numRegularInputs() != 2) {
            throw new IllegalArgumentException("a cross has two regular inputs, the config has " + config.numRegularInputs());
        }
        this.heldInput = heldSide.buildInput();
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        if (input == heldInput) {
            held.add(keep(input, record));
        } else if (heldEnded) {
            crossWithHeld(record);
        } else {
            pendingStreamed.add(keep(input, record));
        }
    }

    /** The held side first: streamed records that come earlier must be buffered. */
    @Override
    protected int preferredInput() {
        return heldEnded ? InputSelection.ANY : heldInput;
    }

    @SuppressWarnings("unchecked")
    private void crossWithHeld(Object streamed) throws Exception {
        List<Object> records = held;
        if (heldInput == 0) {
            for (int i = 0, n = records.size(); i < n; i++) {
                output.collect(function.cross((IN1) records.get(i), (IN2) streamed));
            }
        } else {
            for (int i = 0, n = records.size(); i < n; i++) {
                output.collect(function.cross((IN1) streamed, (IN2) records.get(i)));
            }
        }
    }

    @Override
    protected void endRegularInput(int input) throws Exception {
        if (input == heldInput) {
            heldEnded = true;
            List<Object> buffered = pendingStreamed;
            pendingStreamed = null;
            for (int i = 0; i < buffered.size(); i++) {
                crossWithHeld(buffered.set(i, null));
            }
        }
    }

    @Override
    protected void closeDriver() {
        held = null;
        pendingStreamed = null;
    }
}

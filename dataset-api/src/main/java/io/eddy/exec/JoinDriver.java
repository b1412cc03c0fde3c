package io.eddy.exec;

import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link FlatJoinFunction} as an in-memory hash join: the build side (chosen by the
 * optimizer) goes into a {@link JoinHashTable}, the other side probes it. Probe records that arrive
 * before the build side has ended are buffered and probed when it ends. The function always gets
 * (record of input 0, record of input 1), whichever side is built. {@link OuterJoinDriver} adds
 * null-padded results for unmatched records.
 *
 * <p>Plain {@code JoinFunction}s and the default join (a Tuple2 of both records) are adapted with
 * {@link JoinFunctionAdapters}.
 */
public class JoinDriver<IN1, IN2, OUT> extends UdfDriver<FlatJoinFunction<IN1, IN2, OUT>, OUT> {

    /**
     * Creates an inner {@link JoinDriver}: input 0 and input 1 are the join inputs; the config's
     * function is a FlatJoinFunction.
     *
     * @param firstComparator the key of input 0
     * @param secondComparator the key of input 1
     */
    public record Factory<OUT>(DriverConfig config, TypeComparator<?> firstComparator, TypeComparator<?> secondComparator,
            BuildSide buildSide) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new JoinDriver<>(config, firstComparator, secondComparator, buildSide);
        }
    }

    private final TypeComparator<?>[] comparators;
    private final int buildInput;
    private final int probeInput;
    private final boolean emitUnmatchedProbe;
    private final boolean emitUnmatchedBuild;

    private JoinHashTable table;
    private List<Object> pendingProbe = new ArrayList<>();
    private boolean buildEnded;
    private final boolean[] ended = new boolean[2];
    /** The probe record the match visitor joins with; a field so the visitor allocates nothing per probe. */
    private Object currentProbe;
    private JoinHashTable.BuildRecordVisitor matchVisitor;

    /** An inner join. */
    public JoinDriver(DriverConfig config, TypeComparator<?> firstComparator, TypeComparator<?> secondComparator,
            BuildSide buildSide) {
        this(config, null, firstComparator, secondComparator, buildSide);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    JoinDriver(DriverConfig config, OuterJoinType outerJoinType, TypeComparator<?> firstComparator,
            TypeComparator<?> secondComparator, BuildSide buildSide) {
        super(config, (Class) FlatJoinFunction.class);
        if (config.numRegularInputs() != 2) {
            throw new IllegalArgumentException("a join has two regular inputs, the config has " + config.numRegularInputs());
        }
        this.comparators = new TypeComparator<?>[] {firstComparator, secondComparator};
        this.buildInput = buildSide.buildInput();
        this.probeInput = buildSide.probeInput();
        this.emitUnmatchedProbe = outerJoinType != null && outerJoinType.preserves(probeInput);
        this.emitUnmatchedBuild = outerJoinType != null && outerJoinType.preserves(buildInput);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void setup() {
        table = new HeapJoinHashTable((TypeComparator<Object>) comparators[buildInput].duplicate(),
                (TypeComparator<Object>) comparators[probeInput].duplicate(), emitUnmatchedBuild);
        matchVisitor = buildInput == 0
                ? buildRecord -> function.join((IN1) buildRecord, (IN2) currentProbe, collector)
                : buildRecord -> function.join((IN1) currentProbe, (IN2) buildRecord, collector);
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        if (input == buildInput) {
            table.insert(keep(input, record));
        } else if (buildEnded) {
            probe(record);
        } else {
            pendingProbe.add(keep(input, record));
        }
    }

    /** The build side first: probe records that come earlier must be buffered. */
    @Override
    protected int preferredInput() {
        return buildEnded ? InputSelection.ANY : buildInput;
    }

    @SuppressWarnings("unchecked")
    private void probe(Object record) throws Exception {
        currentProbe = record;
        int matches = table.probe(record, matchVisitor);
        if (matches == 0 && emitUnmatchedProbe) {
            if (probeInput == 0) {
                function.join((IN1) record, null, collector);
            } else {
                function.join(null, (IN2) record, collector);
            }
        }
        currentProbe = null;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void endRegularInput(int input) throws Exception {
        ended[input] = true;
        if (input == buildInput) {
            buildEnded = true;
            List<Object> buffered = pendingProbe;
            pendingProbe = null;
            for (int i = 0; i < buffered.size(); i++) {
                probe(buffered.set(i, null));
            }
        }
        if (ended[0] && ended[1] && emitUnmatchedBuild) {
            table.visitUnmatched(buildInput == 0
                    ? buildRecord -> function.join((IN1) buildRecord, null, collector)
                    : buildRecord -> function.join(null, (IN2) buildRecord, collector));
        }
    }

    @Override
    protected void closeDriver() {
        table = null;
        pendingProbe = null;
    }
}

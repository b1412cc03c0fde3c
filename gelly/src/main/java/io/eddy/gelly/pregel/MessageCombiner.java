package io.eddy.gelly.pregel;

import io.eddy.api.functions.Collector;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.types.Either;
import io.eddy.api.types.NullValue;
import java.io.Serializable;

/**
 * Combines the messages sent to one vertex into one, before and after the shuffle, so that fewer
 * travel (a minimum, a sum). Each call of {@link #combineMessages} sends at most one message.
 *
 * @param <K> the vertex id type
 * @param <Message> the message type
 */
public abstract class MessageCombiner<K, Message> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient K target;

    private transient Collector<Tuple2<K, Either<NullValue, Message>>> out;

    private transient Tuple2<K, Either<NullValue, Message>> outValue;

    /** Reads the messages to one vertex and sends their combination with {@link #sendCombinedMessage}. */
    public abstract void combineMessages(MessageIterator<Message> messages) throws Exception;

    /** Sends the combined message to the vertex whose messages are being combined. */
    public final void sendCombinedMessage(Message combinedMessage) {
        outValue.f0 = target;
        outValue.f1 = Either.Right(combinedMessage);
        out.collect(outValue);
    }

    void set(K target, Collector<Tuple2<K, Either<NullValue, Message>>> out) {
        if (outValue == null) {
            outValue = new Tuple2<>();
        }
        this.target = target;
        this.out = out;
    }
}

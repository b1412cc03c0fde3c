package io.eddy.gelly.spargel;

import io.eddy.api.tuple.Tuple2;
import java.util.Iterator;

/**
 * The messages sent to one vertex in a superstep, as a {@link GatherFunction} sees them; it can be
 * iterated once.
 *
 * @param <Message> the message type
 */
public final class MessageIterator<Message> implements Iterator<Message>, Iterable<Message> {

    private transient Iterator<Tuple2<?, Message>> source;

    @SuppressWarnings({"unchecked", "rawtypes"})
    void setSource(Iterator<? extends Tuple2<?, Message>> source) {
        this.source = (Iterator) source;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public Message next() {
        return source.next().f1;
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterator<Message> iterator() {
        return this;
    }
}

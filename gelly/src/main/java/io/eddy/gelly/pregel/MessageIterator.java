package io.eddy.gelly.pregel;

import io.eddy.api.types.Either;
import io.eddy.api.types.NullValue;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The messages sent to one vertex in a superstep, as a {@link ComputeFunction} or
 * {@link MessageCombiner} sees them; it can be iterated once.
 *
 * @param <Message> the message type
 */
public final class MessageIterator<Message> implements Iterator<Message>, Iterable<Message> {

    private transient Iterator<Either<NullValue, Message>> source;

    private transient Message first;

    void setSource(Message first, Iterator<Either<NullValue, Message>> rest) {
        this.first = first;
        this.source = rest;
    }

    @Override
    public boolean hasNext() {
        return first != null || (source != null && source.hasNext());
    }

    @Override
    public Message next() {
        if (first != null) {
            Message message = first;
            first = null;
            return message;
        }
        if (source == null) {
            throw new NoSuchElementException();
        }
        return source.next().right();
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

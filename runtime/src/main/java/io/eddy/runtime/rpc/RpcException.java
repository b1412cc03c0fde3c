package io.eddy.runtime.rpc;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * A remote call that failed, and why ({@link Kind}). When the remote handler threw, the exception
 * carries the remote exception's class name, message and stack trace as text: an exception object
 * is never deserialized from a peer, and its class may not even exist on this side.
 */
public final class RpcException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a call failed. */
    public enum Kind {
        /** The server did not accept the caller's credentials (unknown principal, wrong secret, replay). */
        UNAUTHENTICATED,
        /** The peer could not be reached, or the connection was lost during the call. */
        UNAVAILABLE,
        /** The call's timeout passed before the answer came. */
        DEADLINE_EXCEEDED,
        /** The remote handler threw; see {@link #remoteClassName()} and {@link #remoteStackTrace()}. */
        REMOTE_FAILURE,
        /** The call was cancelled: by the caller, by an interrupt, or by the server shutting down. */
        CANCELLED,
        /** The server has no handler for the method. */
        UNIMPLEMENTED,
        /** A request or response could not be written or was refused on reading (class filter, size, type). */
        REJECTED_MESSAGE
    }

    private static final int MAX_MESSAGE_CHARS = 4 * 1024;
    private static final int MAX_STACK_TRACE_CHARS = 8 * 1024;
    private static final Metadata.Key<String> REMOTE_CLASS = Metadata.Key.of("eddy-remote-class", Metadata.ASCII_STRING_MARSHALLER);
    /** Binary, as an exception message may hold any character. */
    private static final Metadata.Key<byte[]> REMOTE_MESSAGE = Metadata.Key.of("eddy-remote-message-bin", Metadata.BINARY_BYTE_MARSHALLER);

    private final Kind kind;
    private final String method;
    private final String remoteClassName;
    private final String remoteStackTrace;

    RpcException(Kind kind, String method, String message, Throwable cause) {
        this(kind, method, message, cause, null, null);
    }

    private RpcException(Kind kind, String method, String message, Throwable cause, String remoteClassName, String remoteStackTrace) {
        super(message, cause);
        this.kind = kind;
        this.method = method;
        this.remoteClassName = remoteClassName;
        this.remoteStackTrace = remoteStackTrace;
        if (remoteStackTrace != null) {
            // So that a logged RpcException shows where the remote side failed, too.
            addSuppressed(new RemoteStackTrace(remoteStackTrace));
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The called method's full name ({@code "service/name"}). */
    public String method() {
        return method;
    }

    /** For {@link Kind#REMOTE_FAILURE}: the class name of the exception the handler threw, else null. */
    public String remoteClassName() {
        return remoteClassName;
    }

    /** For {@link Kind#REMOTE_FAILURE}: the remote stack trace as text (shortened if long), else null. */
    public String remoteStackTrace() {
        return remoteStackTrace;
    }

    /** The status a server closes a call with whose handler threw. */
    static StatusRuntimeException handlerFailure(Throwable failure) {
        Metadata trailers = new Metadata();
        trailers.put(REMOTE_CLASS, failure.getClass().getName());
        if (failure.getMessage() != null) {
            trailers.put(REMOTE_MESSAGE, trim(failure.getMessage(), MAX_MESSAGE_CHARS).getBytes(StandardCharsets.UTF_8));
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return Status.INTERNAL.withDescription(trim(trace.toString(), MAX_STACK_TRACE_CHARS)).asRuntimeException(trailers);
    }

    /** Translates a failed gRPC call (a StatusException or StatusRuntimeException, or anything else). */
    static RpcException from(String method, Throwable failure) {
        if (!(failure instanceof StatusRuntimeException || failure instanceof StatusException)) {
            return new RpcException(Kind.REMOTE_FAILURE, method, method + " failed: " + failure, failure);
        }
        Status status = Status.fromThrowable(failure);
        Metadata trailers = Status.trailersFromThrowable(failure);
        String remoteClass = trailers == null ? null : trailers.get(REMOTE_CLASS);
        if (remoteClass != null) {
            byte[] message = trailers.get(REMOTE_MESSAGE);
            return new RpcException(Kind.REMOTE_FAILURE, method, message == null ? null : new String(message, StandardCharsets.UTF_8),
                    null, remoteClass, status.getDescription());
        }
        Kind kind = switch (status.getCode()) {
            case UNAUTHENTICATED, PERMISSION_DENIED -> Kind.UNAUTHENTICATED;
            case UNAVAILABLE -> Kind.UNAVAILABLE;
            case DEADLINE_EXCEEDED -> Kind.DEADLINE_EXCEEDED;
            case CANCELLED -> Kind.CANCELLED;
            case UNIMPLEMENTED -> Kind.UNIMPLEMENTED;
            case INVALID_ARGUMENT, RESOURCE_EXHAUSTED -> Kind.REJECTED_MESSAGE;
            default -> Kind.REMOTE_FAILURE;
        };
        String description = status.getDescription() == null ? "" : ": " + status.getDescription();
        return new RpcException(kind, method, method + " failed with " + status.getCode() + description, failure);
    }

    private static String trim(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "... (" + (text.length() - maxChars) + " more characters)";
    }

    /** The remote stack trace as a suppressed exception of its own, without a local trace. */
    private static final class RemoteStackTrace extends Exception {
        private static final long serialVersionUID = 1L;

        RemoteStackTrace(String text) {
            super("remote stack trace:\n" + text, null, false, false);
        }
    }
}

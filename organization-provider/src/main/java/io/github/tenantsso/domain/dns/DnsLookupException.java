package io.github.tenantsso.domain.dns;

/**
 * A DNS lookup that got no usable answer. The message names the record and the resolver and is meant for an admin;
 * the cause, if any, is for the log.
 */
public final class DnsLookupException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the lookup failed. */
    public enum Kind {
        /** No answer within the configured timeout. */
        TIMEOUT,
        /** The resolver answered SERVFAIL, typically because the domain's own name servers failed or DNSSEC did not validate. */
        SERVER_FAILURE,
        /** Anything else: a malformed answer, a network error, an interrupted lookup. */
        OTHER
    }

    private final Kind kind;

    public DnsLookupException(Kind kind, String message) {
        this(kind, message, null);
    }

    public DnsLookupException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

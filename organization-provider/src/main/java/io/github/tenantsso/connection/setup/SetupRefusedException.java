package io.github.tenantsso.connection.setup;

/** A connection's setup was refused; nothing was created. */
public final class SetupRefusedException extends Exception {

    private final SetupRefusal reason;
    private final String field;

    public SetupRefusedException(SetupRefusal reason, String field) {
        super(reason.message());
        this.reason = reason;
        this.field = field;
    }

    public SetupRefusal reason() {
        return reason;
    }

    /** The request field the refusal is about. */
    public String field() {
        return field;
    }
}

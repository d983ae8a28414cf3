package io.github.tenantsso.signin;

/** A tenant policy a request or an import names that cannot be stored; the message says why, for the caller. */
public final class InvalidTenantPolicyException extends RuntimeException {

    private final String field;

    public InvalidTenantPolicyException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package io.github.tenantsso.signin;

/** A tenant policy a request or an import names that cannot be stored; the message says why, for the caller. */
public final class InvalidTenantPolicyException extends RuntimeException {

    /** The code of a value that is malformed or out of range. */
    public static final String INVALID = "invalid_tenant_policy";

    private final String code;
    private final String field;

    public InvalidTenantPolicyException(String field, String message) {
        this(INVALID, field, message);
    }

    public InvalidTenantPolicyException(String code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    /** The stable error code of the API answer. */
    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}

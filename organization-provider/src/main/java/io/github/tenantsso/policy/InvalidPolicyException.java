package io.github.tenantsso.policy;

/**
 * A routing policy value that cannot be used, with the field it concerns.
 */
public final class InvalidPolicyException extends IllegalArgumentException {

    private final String field;

    InvalidPolicyException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package io.github.tenantsso.common;

/**
 * A change the pack's data cannot take as asked (a duplicate, a domain verified elsewhere), with a stable code.
 */
public final class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package io.github.tenantsso.domain;

/**
 * A domain name or e-mail address that cannot be claimed or routed, with the reason in words an admin can act on.
 */
public final class InvalidDomainException extends IllegalArgumentException {

    /** Why the input was rejected; {@link #code()} is the stable, machine-readable form. */
    public enum Reason {
        EMPTY("empty_domain"),
        WILDCARD("wildcard_domain"),
        IP_ADDRESS("ip_address"),
        SINGLE_LABEL("single_label_domain"),
        EMPTY_LABEL("empty_label"),
        LABEL_TOO_LONG("label_too_long"),
        NAME_TOO_LONG("domain_too_long"),
        INVALID_CHARACTERS("invalid_domain"),
        NUMERIC_TOP_LEVEL("numeric_top_level_domain"),
        PUBLIC_SUFFIX("public_suffix"),
        INVALID_EMAIL("invalid_email");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    InvalidDomainException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

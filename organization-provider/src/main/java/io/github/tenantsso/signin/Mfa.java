package io.github.tenantsso.signin;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * When a tenant requires a second factor of its members and verified-domain users. A tenant without a stored value
 * has {@link #OFF}.
 */
public enum Mfa {
    /** Keycloak's flows decide alone. */
    OFF,
    /** A second factor after every password sign-in; SSO sign-ins as the identity provider did them. */
    PASSWORD_SIGN_INS,
    /** A second factor after every sign-in: an SSO sign-in's counts where its identity provider asserts one. */
    EVERY_SIGN_IN;

    /** The values a request may name, for error messages. */
    public static final String NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    /**
     * A value as a request gives it: one of the names, or none for {@link #OFF}.
     *
     * @throws InvalidTenantPolicyException for anything else
     */
    public static Mfa parse(String value) {
        if (value == null) {
            return OFF;
        }
        for (Mfa mfa : values()) {
            if (mfa.name().equals(value)) {
                return mfa;
            }
        }
        throw new InvalidTenantPolicyException("mfa", "Field 'mfa' must be one of " + NAMES + ".");
    }

    /** A stored value; one this version does not know (a newer node's) is read as the strictest, {@link #EVERY_SIGN_IN}. */
    public static Mfa ofStored(String value) {
        if (value == null || OFF.name().equals(value)) {
            return OFF;
        }
        return PASSWORD_SIGN_INS.name().equals(value) ? PASSWORD_SIGN_INS : EVERY_SIGN_IN;
    }

    /** @param password whether the sign-in was with a password (not through a tenant's connection) */
    public boolean requiresSecondFactor(boolean password) {
        return this == EVERY_SIGN_IN || (this == PASSWORD_SIGN_INS && password);
    }
}

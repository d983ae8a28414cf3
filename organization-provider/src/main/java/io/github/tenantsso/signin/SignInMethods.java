package io.github.tenantsso.signin;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the members and the verified-domain users of one tenant may sign in: through SSO only, or also with a
 * password. A tenant without a stored value has {@link #defaultFor}.
 */
public enum SignInMethods {
    /** No password anywhere: not on the login page, not through a hint, not through the password grant. */
    SSO_ONLY,
    /** SSO, and a password where routing leads to one. */
    SSO_WITH_PASSWORD_FALLBACK;

    /** The values a request may name, for error messages. */
    public static final String NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    /**
     * The default of a tenant with no stored value: SSO only once it has an enabled connection of its own or trusts
     * an enabled one; before that there is no SSO to require, so passwords stay.
     */
    public static SignInMethods defaultFor(boolean hasEnabledConnection) {
        return hasEnabledConnection ? SSO_ONLY : SSO_WITH_PASSWORD_FALLBACK;
    }

    /**
     * A value as a request gives it: exactly one of the names.
     *
     * @throws InvalidTenantPolicyException for anything else, null included
     */
    public static SignInMethods parse(String value) {
        if (value != null) {
            for (SignInMethods methods : values()) {
                if (methods.name().equals(value)) {
                    return methods;
                }
            }
        }
        throw new InvalidTenantPolicyException("signInMethods", "Field 'signInMethods' must be one of " + NAMES + ".");
    }

    /** A stored value; one this version does not know (a newer node's) is read as the stricter {@link #SSO_ONLY}. */
    public static SignInMethods ofStored(String value) {
        return SSO_WITH_PASSWORD_FALLBACK.name().equals(value) ? SSO_WITH_PASSWORD_FALLBACK : SSO_ONLY;
    }

    public boolean allowsPassword() {
        return this == SSO_WITH_PASSWORD_FALLBACK;
    }
}

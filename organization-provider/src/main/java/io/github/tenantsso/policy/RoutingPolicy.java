package io.github.tenantsso.policy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A realm's routing policy.
 *
 * @param crossTenantDomainSharing whether several tenants may verify the same domain
 * @param ambiguousNewUser         what a new user of a shared domain gets without a tenant hint
 * @param activeTenantLogin        whether an existing user of a shared domain goes to the tenant last signed in to
 * @param hintParameter            the authorization request parameter (and login page query parameter) naming a tenant
 */
public record RoutingPolicy(
        boolean crossTenantDomainSharing,
        AmbiguousNewUser ambiguousNewUser,
        boolean activeTenantLogin,
        String hintParameter) {

    public static final String DEFAULT_HINT_PARAMETER = "tenantId";

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    /** Parameters of OpenID Connect, OAuth and Keycloak itself, which a tenant hint must not shadow. */
    private static final Set<String> RESERVED_PARAMETERS = Set.of(
            "response_type",
            "client_id",
            "redirect_uri",
            "scope",
            "state",
            "nonce",
            "prompt",
            "login_hint",
            "max_age",
            "ui_locales",
            "id_token_hint",
            "acr_values",
            "claims",
            "request",
            "request_uri",
            "response_mode",
            "code_challenge",
            "code_challenge_method",
            "display",
            "registration",
            "dpop_jkt",
            "kc_idp_hint",
            "kc_action",
            "kc_locale",
            "session_code",
            "execution",
            "client_data",
            "tab_id");

    /** Declared after the constants above, which its construction reads. */
    public static final RoutingPolicy DEFAULT =
            new RoutingPolicy(false, AmbiguousNewUser.BLOCK, true, DEFAULT_HINT_PARAMETER);

    public RoutingPolicy {
        if (ambiguousNewUser == null) {
            throw new InvalidPolicyException("ambiguousNewUser", "ambiguousNewUser must be BLOCK or FIRST_CREATED.");
        }
        if (hintParameter == null || !PARAMETER_NAME.matcher(hintParameter).matches()) {
            throw new InvalidPolicyException(
                    "hintParameter",
                    "hintParameter must start with a letter and hold at most 64 letters, digits, '_', '.' or '-'.");
        }
        if (RESERVED_PARAMETERS.contains(hintParameter.toLowerCase(Locale.ROOT))) {
            throw new InvalidPolicyException(
                    "hintParameter",
                    "hintParameter '" + hintParameter
                            + "' is a parameter of OpenID Connect or Keycloak; choose another name.");
        }
    }

    /** Reads the stored form of {@link #ambiguousNewUser()}, naming the accepted values when it is not one. */
    public static AmbiguousNewUser parseAmbiguousNewUser(String value) {
        if (value != null) {
            for (AmbiguousNewUser candidate : AmbiguousNewUser.values()) {
                if (candidate.name().equalsIgnoreCase(value.strip())) {
                    return candidate;
                }
            }
        }
        throw new InvalidPolicyException(
                "ambiguousNewUser", "ambiguousNewUser must be BLOCK or FIRST_CREATED, not '" + value + "'.");
    }
}

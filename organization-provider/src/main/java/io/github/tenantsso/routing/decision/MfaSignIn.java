package io.github.tenantsso.routing.decision;

import io.github.tenantsso.routing.decision.MfaSignInInput.Password;
import io.github.tenantsso.routing.decision.MfaSignInInput.Sso;
import io.github.tenantsso.routing.decision.MfaSignInInput.Tenant;
import io.github.tenantsso.signin.Mfa;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a sign-in must still give a second factor in Keycloak, by the tenants' MFA settings: the rule behind the
 * condition "Condition: tenant policy".
 *
 * <p>The strictest tenant wins: a second factor is due when any tenant whose policy applies to the user requires one
 * for this kind of sign-in ({@link Mfa#requiresSecondFactor}). Where it is due after a sign-in through an identity
 * provider, the provider's own MFA counts when it asserted a value the connection accepts; otherwise Keycloak steps
 * up. A password sign-in never counts as MFA, whatever it asserts.
 */
public final class MfaSignIn {

    private MfaSignIn() {}

    public sealed interface Outcome {}

    /** No tenant of the user requires a second factor for this sign-in. */
    public record NotRequired() implements Outcome {}

    /**
     * A tenant requires a second factor and the identity provider asserted one the connection accepts.
     *
     * @param tenantId the first tenant that requires it
     * @param asserted the asserted value that counted
     */
    public record AssertedByIdentityProvider(String tenantId, String asserted) implements Outcome {
        public AssertedByIdentityProvider {
            Objects.requireNonNull(tenantId);
            Objects.requireNonNull(asserted);
        }
    }

    /**
     * The user must give a second factor in Keycloak.
     *
     * @param tenantId the first tenant that requires it
     */
    public record SecondFactorRequired(String tenantId, Reason reason) implements Outcome {
        public SecondFactorRequired {
            Objects.requireNonNull(tenantId);
            Objects.requireNonNull(reason);
        }
    }

    /** Why a second factor is due. */
    public enum Reason {
        /** A password sign-in of a user whose tenant requires MFA for password sign-ins or every sign-in. */
        PASSWORD_SIGN_IN,
        /** An SSO sign-in of a user whose tenant requires MFA for every sign-in, without an accepted assertion. */
        NOT_ASSERTED_BY_IDENTITY_PROVIDER
    }

    public static Outcome decide(MfaSignInInput input) {
        boolean password = input.signIn() instanceof Password;
        Optional<String> requiring = input.tenants().stream()
                .filter(tenant -> tenant.mfa().requiresSecondFactor(password))
                .map(Tenant::tenantId)
                .findFirst();
        if (requiring.isEmpty()) {
            return new NotRequired();
        }
        if (input.signIn() instanceof Sso sso) {
            Optional<String> accepted =
                    sso.asserted().stream().filter(sso.accepted()::contains).findFirst();
            return accepted.<Outcome>map(value -> new AssertedByIdentityProvider(requiring.get(), value))
                    .orElseGet(
                            () -> new SecondFactorRequired(requiring.get(), Reason.NOT_ASSERTED_BY_IDENTITY_PROVIDER));
        }
        return new SecondFactorRequired(requiring.get(), Reason.PASSWORD_SIGN_IN);
    }

    /**
     * The values a connection's {@code tenant-sso.mfa-acr-values} names: separated by commas, white space or
     * Keycloak's {@code ##} of multi-valued settings; none for an unset one, so that nothing the provider asserts
     * counts.
     */
    public static Set<String> acceptedValues(String setting) {
        if (setting == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(setting.split("##|[,\\s]+"))
                .filter(value -> !value.isEmpty())
                .forEach(values::add);
        return Set.copyOf(values);
    }
}

package io.github.tenantsso.routing.decision;

import io.github.tenantsso.routing.decision.PasswordSignInInput.Tenant;
import io.github.tenantsso.signin.SignInMethods;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a password may sign this user in, by the tenants' sign-in policies: the one rule for the login page, a
 * hinted login, the password grant and a BLOCK page's "continue".
 *
 * <p>A user may sign in with a password unless they are a member of, or have an e-mail on a verified domain of, a
 * tenant whose policy is {@link SignInMethods#SSO_ONLY}. On a domain several tenants claim, where one of them is SSO
 * only, a user keeps the password only as a member of a claimant that allows the fallback. A hint changes nothing
 * of this, only which SSO-only tenant a member is sent to first.
 *
 * <p>Before the password (the e-mail step) the domain alone is known: the step refuses what the domain refuses, and
 * leaves the rest to {@link Outcome.AfterPassword}, so that it never needs to know whether the user exists. After the
 * password was verified, the decision is final.
 */
public final class PasswordSignIn {

    private PasswordSignIn() {}

    public sealed interface Outcome {}

    /** The password may sign the user in. */
    public record Allowed(Reason reason) implements Outcome {
        public Allowed {
            Objects.requireNonNull(reason);
        }
    }

    /**
     * No password: SSO is required.
     *
     * @param tenantId the tenant whose SSO to offer; empty where offering one would guess among several claimants
     */
    public record SsoRequired(Optional<String> tenantId, Reason reason) implements Outcome {
        public SsoRequired {
            Objects.requireNonNull(tenantId);
            Objects.requireNonNull(reason);
        }
    }

    /** Nothing refuses the password before it proves who signs in: decided again after it. */
    public record AfterPassword() implements Outcome {}

    public enum Reason {
        /** Neither the domain nor a membership names a tenant that is SSO only. */
        NO_SSO_ONLY_TENANT,
        /** The domain is shared with an SSO-only tenant, and the user is a member of a claimant with the fallback. */
        MEMBER_OF_FALLBACK_CLAIMANT,
        /** The user is a member of an SSO-only tenant. */
        MEMBER_OF_SSO_ONLY_TENANT,
        /** The e-mail's domain is verified by one tenant, which is SSO only. */
        DOMAIN_OF_SSO_ONLY_TENANT,
        /** The domain is shared with an SSO-only tenant, and the user is a member of no claimant with the fallback. */
        SHARED_DOMAIN_WITHOUT_FALLBACK
    }

    public static Outcome decide(PasswordSignInInput input) {
        if (input.memberships().isPresent()) {
            List<String> ssoOnly = ssoOnly(input.memberships().get());
            if (!ssoOnly.isEmpty()) {
                String tenant = input.hintedTenant().filter(ssoOnly::contains).orElse(ssoOnly.get(0));
                return new SsoRequired(Optional.of(tenant), Reason.MEMBER_OF_SSO_ONLY_TENANT);
            }
        }
        List<Tenant> claimants = input.claimants();
        List<String> ssoOnlyClaimants = ssoOnly(claimants);
        if (ssoOnlyClaimants.isEmpty()) {
            return input.memberships().isPresent() ? new Allowed(Reason.NO_SSO_ONLY_TENANT) : new AfterPassword();
        }
        if (claimants.size() == 1) {
            return new SsoRequired(Optional.of(ssoOnlyClaimants.get(0)), Reason.DOMAIN_OF_SSO_ONLY_TENANT);
        }
        List<String> fallbackClaimants = claimants.stream()
                .filter(t -> t.methods().allowsPassword())
                .map(Tenant::tenantId)
                .toList();
        if (input.memberships().isEmpty()) {
            return fallbackClaimants.isEmpty()
                    ? new SsoRequired(Optional.empty(), Reason.SHARED_DOMAIN_WITHOUT_FALLBACK)
                    : new AfterPassword();
        }
        boolean memberOfFallback =
                input.memberships().get().stream().map(Tenant::tenantId).anyMatch(fallbackClaimants::contains);
        return memberOfFallback
                ? new Allowed(Reason.MEMBER_OF_FALLBACK_CLAIMANT)
                : new SsoRequired(Optional.empty(), Reason.SHARED_DOMAIN_WITHOUT_FALLBACK);
    }

    private static List<String> ssoOnly(List<Tenant> tenants) {
        return tenants.stream()
                .filter(t -> !t.methods().allowsPassword())
                .map(Tenant::tenantId)
                .toList();
    }
}

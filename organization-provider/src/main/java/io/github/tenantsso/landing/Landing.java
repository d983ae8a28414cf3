package io.github.tenantsso.landing;

import java.util.Optional;

/**
 * Where a login through a connection lands. SSO is not transferable between tenants: a login may only land in the
 * connection's owner or in a tenant that trusts it, and only for a member or where that tenant provisions just in
 * time. A login whose hint named a tenant (the tenant hint or a vanity host) lands in that tenant or nowhere. Every
 * other login, IdP-initiated or routed to the connection by the e-mail's domain, lands by the connection's rule: in the
 * owner if the user is a member, else in the user's oldest membership among the tenants that trust it, else by the
 * owner's just-in-time setting. The first broker login step decides with this too, before an account is created or
 * linked, with the memberships of the account the login would become (none for a new one). A connection whose
 * binding is disabled lands nobody.
 */
public final class Landing {

    private Landing() {}

    public static LandingOutcome decide(LandingInput input) {
        if (!input.connectionEnabled()) {
            return new LandingOutcome.Refuse(LandingOutcome.Reason.CONNECTION_DISABLED);
        }
        Optional<String> hinted = input.hintedTenant().filter(tenant -> related(input, tenant));
        if (hinted.isPresent()) {
            String tenant = hinted.get();
            if (input.memberships().contains(tenant)) {
                return new LandingOutcome.Land(tenant, false, LandingOutcome.Reason.ROUTED_MEMBER);
            }
            if (provisions(input, tenant)) {
                return new LandingOutcome.Land(tenant, true, LandingOutcome.Reason.ROUTED_JIT);
            }
            return new LandingOutcome.Refuse(LandingOutcome.Reason.NOT_A_MEMBER_OF_ROUTED_TENANT);
        }
        if (input.memberships().contains(input.ownerTenant())) {
            return new LandingOutcome.Land(input.ownerTenant(), false, LandingOutcome.Reason.OWNER_MEMBER);
        }
        Optional<String> trusting = input.memberships().stream()
                .filter(input.trustingJit()::containsKey)
                .findFirst();
        if (trusting.isPresent()) {
            return new LandingOutcome.Land(trusting.get(), false, LandingOutcome.Reason.TRUSTING_MEMBER);
        }
        if (input.ownerJit()) {
            return new LandingOutcome.Land(input.ownerTenant(), true, LandingOutcome.Reason.OWNER_JIT);
        }
        return new LandingOutcome.Refuse(LandingOutcome.Reason.NOT_A_MEMBER);
    }

    private static boolean related(LandingInput input, String tenant) {
        return tenant.equals(input.ownerTenant()) || input.trustingJit().containsKey(tenant);
    }

    private static boolean provisions(LandingInput input, String tenant) {
        return tenant.equals(input.ownerTenant())
                ? input.ownerJit()
                : input.trustingJit().getOrDefault(tenant, false);
    }
}

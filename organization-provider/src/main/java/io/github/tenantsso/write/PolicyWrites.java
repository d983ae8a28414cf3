package io.github.tenantsso.write;

import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.policy.InvalidPolicyException;
import io.github.tenantsso.policy.PolicyPatch;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.policy.SharingChange;
import java.util.List;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.RealmModel;

/**
 * Every change of a realm's routing policy (admin API, import, admin console tab): merges the partial change,
 * validates it, guards the end of domain sharing, stores it (which bumps the policy version only: the routing index
 * does not read the policy) and records the admin event.
 */
public final class PolicyWrites {

    public static final String RESOURCE = "ROUTING_POLICY";

    private final TenantSso model;
    private final RealmModel realm;

    public PolicyWrites(TenantSso model, RealmModel realm) {
        this.model = model;
        this.realm = realm;
    }

    public sealed interface Outcome {}

    public record Accepted(RoutingPolicy policy) implements Outcome {}

    public record Invalid(String field, String message) implements Outcome {}

    public record DomainsShared(List<String> domains) implements Outcome {}

    public RoutingPolicy current() {
        return model.policies().get(realm.getId());
    }

    /** Decides a change without storing it, as the console tab's validation needs. */
    public Outcome check(PolicyPatch patch) {
        RoutingPolicy current = current();
        RoutingPolicy updated;
        try {
            updated = patch.applyTo(current);
        } catch (InvalidPolicyException e) {
            return new Invalid(e.field(), e.getMessage());
        }
        return guard(current, updated);
    }

    /**
     * Decides and, when accepted, stores the change and records {@code UPDATE} (also when it changed nothing); the
     * audit trail gets an event only when the policy changed, since the console tab's copy of the policy follows a
     * change through this method once more.
     */
    public Outcome change(PolicyPatch patch, AdminEvents events, long now) {
        Outcome outcome = check(patch);
        if (outcome instanceof Accepted accepted) {
            boolean changed = !current().equals(accepted.policy());
            store(accepted.policy(), now);
            RoutingPolicy policy = accepted.policy();
            if (changed) {
                model.audit(realm)
                        .record(AuditEvent.of(AuditType.POLICY_CHANGE, AuditActions.UPDATED)
                                .reason("ROUTING_POLICY")
                                .actor(events.actor())
                                .detail("crossTenantDomainSharing", policy.crossTenantDomainSharing())
                                .detail("ambiguousNewUser", policy.ambiguousNewUser())
                                .detail("activeTenantLogin", policy.activeTenantLogin())
                                .detail("hintParameter", policy.hintParameter()));
            }
            events.record(RESOURCE, OperationType.UPDATE, accepted.policy());
        }
        return outcome;
    }

    /**
     * Stores a policy an import decided, checking the sharing guard again (another admin may have verified a domain
     * since); storing what is already stored changes nothing.
     */
    public Outcome store(RoutingPolicy updated, long now) {
        RoutingPolicy current = current();
        if (current.equals(updated)) {
            return new Accepted(updated);
        }
        Outcome outcome = guard(current, updated);
        if (outcome instanceof Accepted) {
            if (current.crossTenantDomainSharing() != updated.crossTenantDomainSharing()) {
                model.claims(realm).guardExclusiveDomains(!updated.crossTenantDomainSharing());
            }
            model.policies().put(realm.getId(), updated, now);
        }
        return outcome;
    }

    private Outcome guard(RoutingPolicy current, RoutingPolicy updated) {
        List<String> shared =
                SharingChange.turnsOff(current, updated) ? model.claims(realm).sharedVerifiedDomains() : List.of();
        return SharingChange.decide(current, updated, shared) instanceof SharingChange.StillShared still
                ? new DomainsShared(still.domains())
                : new Accepted(updated);
    }
}

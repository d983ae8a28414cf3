package io.github.tenantsso.write;

import io.github.tenantsso.audit.Actor;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.KeycloakDomains;
import io.github.tenantsso.domain.dns.DomainVerification;
import io.github.tenantsso.domain.dns.Recheck;
import io.github.tenantsso.domain.dns.TxtRecordLookup;
import io.github.tenantsso.domain.dns.VerificationResult;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Looks the record of a DNS-verified claim up again and applies {@link Recheck}'s outcome: the claim keeps its
 * verification, is marked as missing its record, or lapses (pending again, so it no longer routes). A lapse, a
 * record found missing and a record that came back are each logged and recorded as an admin event of the realm,
 * with {@value #RECHECK_DETAIL} saying which.
 */
public final class ClaimRechecks {

    public static final String RECHECK_DETAIL = "tenant_sso_recheck";
    private static final Logger LOG = Logger.getLogger(ClaimRechecks.class);

    private final KeycloakSession session;
    private final Duration grace;

    public ClaimRechecks(KeycloakSession session, Duration grace) {
        this.session = session;
        this.grace = grace;
    }

    public Recheck.Outcome recheck(RealmModel realm, DomainClaim claim, TxtRecordLookup dns, long now) {
        VerificationResult result =
                new DomainVerification().check(DomainName.parse(claim.domain()), claim.verificationToken(), dns);
        Recheck.Outcome outcome = Recheck.decide(new Recheck.Input(result, claim.recordMissingSince(), now, grace));
        TenantSso model = session.getProvider(TenantSso.class);
        DomainClaims claims = model.claims(realm);
        if (outcome instanceof Recheck.Present present) {
            claims.rechecked(claim, now, null);
            if (present.recovered()) {
                LOG.infof(
                        "Realm %s: the verification record of %s (organization %s) is back; the claim stays verified.",
                        realm.getName(), claim.domain(), claim.organizationId());
                event(realm, claim, "RECORD_RECOVERED", now);
            }
        } else if (outcome instanceof Recheck.Missing missing) {
            claims.rechecked(claim, now, missing.since());
            if (missing.firstSeen()) {
                LOG.warnf(
                        "Realm %s: the verification record of %s (organization %s) is gone; the claim lapses at %tFT%<tTZ unless it is published again.",
                        realm.getName(), claim.domain(), claim.organizationId(), missing.lapsesAt());
                event(realm, claim, "RECORD_MISSING", now);
            }
        } else if (outcome instanceof Recheck.Lapsed) {
            claims.unverify(claim);
            RoutingVersions.each(model, realm).changed(RoutingChange.tenant(claim.organizationId()));
            new KeycloakDomains(session, realm, claims).follow(Set.of(claim.domain()));
            LOG.warnf(
                    "Realm %s: the claim of organization %s on %s lapsed: its verification record has been gone for over %d s.",
                    realm.getName(), claim.organizationId(), claim.domain(), grace.toSeconds());
            event(realm, claim, "LAPSED", now);
        } else if (outcome instanceof Recheck.Unknown unknown) {
            claims.rechecked(claim, now, claim.recordMissingSince());
            LOG.warnf(
                    "Realm %s: the re-check of %s failed, the claim is unchanged: %s",
                    realm.getName(), claim.domain(), unknown.reason());
        }
        return outcome;
    }

    /** As an admin event of the realm with no acting user, since the cluster itself made the change. */
    private void event(RealmModel realm, DomainClaim claim, String what, long now) {
        AdminEvent event = new AdminEvent();
        event.setId(KeycloakModelUtils.generateId());
        event.setTime(now);
        event.setRealmId(realm.getId());
        event.setRealmName(realm.getName());
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(realm.getId());
        auth.setRealmName(realm.getName());
        event.setAuthDetails(auth);
        event.setOperationType("LAPSED".equals(what) ? OperationType.UPDATE : OperationType.ACTION);
        event.setResourceType(ResourceType.CUSTOM);
        event.setResourcePath("tenant-sso/tenants/" + claim.organizationId() + "/domains/" + claim.domain());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tenant_sso_resource", "DOMAIN_CLAIM");
        details.put(RECHECK_DETAIL, what);
        details.put("tenant_sso_domain", claim.domain());
        details.put("tenant_sso_tenant", claim.organizationId());
        event.setDetails(details);
        session.getProvider(TenantSso.class)
                .audit(realm)
                .record(ClaimWrites.event(AuditType.DOMAIN_LAPSE, what, claim, Actor.NONE));
        if (realm.isAdminEventsEnabled()) {
            session.getProvider(EventStoreProvider.class).onEvent(event, false);
        }
        realm.getEventsListenersStream()
                .map(id -> session.getProvider(EventListenerProvider.class, id))
                .filter(listener -> listener != null)
                .forEach(listener -> listener.onEvent(event, false));
    }
}

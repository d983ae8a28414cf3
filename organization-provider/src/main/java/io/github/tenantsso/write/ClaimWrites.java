package io.github.tenantsso.write;

import io.github.tenantsso.audit.Actor;
import io.github.tenantsso.audit.AuditActions;
import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.common.ConflictException;
import io.github.tenantsso.domain.DomainClaim;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.KeycloakDomainEdit;
import io.github.tenantsso.domain.KeycloakDomains;
import io.github.tenantsso.domain.RestoredClaim;
import io.github.tenantsso.domain.VerificationMethod;
import io.github.tenantsso.domain.dns.DomainVerification;
import io.github.tenantsso.domain.dns.VerificationResult;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * Every write of a domain claim (admin API, import, an edit of Keycloak's own organization domains): stores it,
 * verifies it by DNS or on an admin's word, tells the nodes when routing changes (a pending claim routes nothing),
 * makes Keycloak's organization domains follow ({@link KeycloakDomains}) and records the admin event.
 */
public final class ClaimWrites {

    public static final String RESOURCE = "DOMAIN_CLAIM";
    private static final Logger LOG = Logger.getLogger(ClaimWrites.class);
    /** Audit reason of a claim written because someone edited the organization's domains in Keycloak. */
    private static final String KEYCLOAK_EDIT = "KEYCLOAK_EDIT";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TenantSso model;
    private final RoutingVersions versions;
    private final KeycloakDomains keycloak;
    /** Domains an import wrote, whose Keycloak side follows once, in {@link #finishBatch}. */
    private final Set<String> batched = new LinkedHashSet<>();

    public ClaimWrites(KeycloakSession session, RealmModel realm, RoutingVersions versions) {
        this.session = session;
        this.realm = realm;
        this.model = session.getProvider(TenantSso.class);
        this.versions = versions;
        this.keycloak = new KeycloakDomains(session, realm, model.claims(realm));
    }

    public sealed interface Outcome {}

    public record Written(DomainClaim claim) implements Outcome {}

    public record Conflict(String code, String message) implements Outcome {}

    /** No TXT record at {@code recordName} holds the claim's token. */
    public record RecordNotFound(String recordName, int txtRecordsFound) implements Outcome {}

    public record LookupFailed(String message) implements Outcome {}

    /** @throws io.github.tenantsso.common.StorageException when the database refuses the write for another reason */
    public Outcome create(
            OrganizationModel organization,
            DomainName domain,
            boolean includeSubdomains,
            String actor,
            long now,
            AdminEvents events) {
        DomainClaim claim;
        try {
            claim = claims().create(organization.getId(), domain, includeSubdomains, actor, now);
        } catch (ConflictException e) {
            return new Conflict(e.code(), e.getMessage());
        }
        keycloak.follow(Set.of(claim.domain()));
        model.audit(realm)
                .record(event(AuditType.DOMAIN_CLAIM, AuditActions.CREATED, claim, events.actor())
                        .detail("includeSubdomains", claim.includeSubdomains()));
        events.record(RESOURCE, OperationType.CREATE, claim);
        return new Written(claim);
    }

    /**
     * Verifies a claim. Verified means verified now: a claim already verified by DNS is looked up again when DNS is
     * asked for (and may be found missing its record); an already verified claim records no event.
     *
     * @throws io.github.tenantsso.common.StorageException when the database refuses the write for another reason
     */
    public Outcome verify(DomainClaim claim, VerificationMethod method, String actor, long now, AdminEvents events) {
        if (claim.verified()) {
            if (method == VerificationMethod.DNS && claim.verifiedByDns()) {
                new ClaimRechecks(session, model.recheckSettings().grace()).recheck(realm, claim, model.dns(), now);
                return new Written(claims().find(claim.organizationId(), DomainName.parse(claim.domain()))
                        .orElseThrow());
            }
            return new Written(claim);
        }
        if (method == VerificationMethod.DNS) {
            VerificationResult result = new DomainVerification()
                    .check(DomainName.parse(claim.domain()), claim.verificationToken(), model.dns());
            if (result instanceof VerificationResult.TokenNotFound notFound) {
                return new RecordNotFound(notFound.recordName(), notFound.txtRecordsFound());
            }
            if (result instanceof VerificationResult.LookupFailed failed) {
                return new LookupFailed(failed.message());
            }
        }
        DomainClaim verified;
        try {
            verified = claims().verify(
                            claim,
                            method,
                            actor,
                            now,
                            model.policies().get(realm.getId()).crossTenantDomainSharing());
        } catch (ConflictException e) {
            return new Conflict(e.code(), e.getMessage());
        }
        versions.changed(RoutingChange.tenant(verified.organizationId()));
        keycloak.follow(Set.of(verified.domain()));
        model.audit(realm)
                .record(event(AuditType.DOMAIN_VERIFICATION, "VERIFIED", verified, events.actor())
                        .reason(method.name()));
        events.record(RESOURCE, OperationType.ACTION, verified);
        return new Written(verified);
    }

    public void delete(DomainClaim claim, AdminEvents events) {
        claims().delete(claim);
        versions.changed(RoutingChange.tenant(claim.organizationId()));
        keycloak.follow(Set.of(claim.domain()));
        model.audit(realm).record(event(AuditType.DOMAIN_CLAIM, AuditActions.DELETED, claim, events.actor()));
        events.record(RESOURCE, OperationType.DELETE, claim);
    }

    /** Claims an import decided, flushed; Keycloak's domains follow them in {@link #finishBatch}. */
    public void restore(List<RestoredClaim> restored) {
        claims().restore(restored);
        for (RestoredClaim claim : restored) {
            versions.changed(RoutingChange.tenant(claim.organizationId()));
            batched.add(claim.domain());
        }
    }

    /** After an import's claims are flushed: Keycloak's domains follow them, once for all the domains it wrote. */
    public void finishBatch() {
        keycloak.followInBulk(batched);
        batched.clear();
    }

    /**
     * Someone edited the organization's domains in Keycloak (admin console, Keycloak's admin API): a new name becomes
     * a pending claim, a name the pack showed and that is gone deletes its claim ({@link KeycloakDomainEdit}); then
     * Keycloak's side shows the pack's state again, so a flag changed there is set back. Keycloak's own admin event
     * of the edit covers these writes.
     */
    public void keycloakEdited(OrganizationModel organization, String actor, long now) {
        Set<String> before = keycloak.shownFor(organization.getId()).keySet();
        Set<String> after =
                organization.getDomains().map(d -> d.getName()).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> claimed = claims().ofTenant(organization.getId()).stream()
                .map(DomainClaim::domain)
                .collect(Collectors.toSet());
        KeycloakDomainEdit.Outcome edit =
                KeycloakDomainEdit.decide(new KeycloakDomainEdit.Input(before, after, claimed));
        edit.refused()
                .forEach(refused -> LOG.infof(
                        "Realm %s: Keycloak's domain %s of organization %s is no claim: %s",
                        realm.getName(), refused.name(), organization.getAlias(), refused.reason()));
        for (KeycloakDomainEdit.NewClaim added : edit.claims()) {
            DomainClaim claim =
                    claims().create(organization.getId(), added.domain(), added.includeSubdomains(), actor, now);
            model.audit(realm)
                    .record(event(AuditType.DOMAIN_CLAIM, AuditActions.CREATED, claim, new Actor(actor, null))
                            .reason(KEYCLOAK_EDIT));
        }
        for (DomainName removed : edit.deletions()) {
            claims().find(organization.getId(), removed).ifPresent(claim -> {
                claims().delete(claim);
                versions.changed(RoutingChange.tenant(claim.organizationId()));
                model.audit(realm)
                        .record(event(AuditType.DOMAIN_CLAIM, AuditActions.DELETED, claim, new Actor(actor, null))
                                .reason(KEYCLOAK_EDIT));
            });
        }
        keycloak.follow(edit.domains());
    }

    /** A claim's audit event, naming its tenant and domain. */
    static AuditEvent.Builder event(AuditType type, String action, DomainClaim claim, Actor actor) {
        return AuditEvent.of(type, action)
                .tenant(claim.organizationId())
                .actor(actor)
                .detail("domain", claim.domain());
    }

    private DomainClaims claims() {
        return model.claims(realm);
    }
}

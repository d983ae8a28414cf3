package io.github.tenantsso.write;

import io.github.tenantsso.domain.ClaimRechecks;
import io.github.tenantsso.domain.ClaimStatus;
import io.github.tenantsso.domain.DomainClaimEntity;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.VerificationMethod;
import io.github.tenantsso.domain.dns.DomainVerification;
import io.github.tenantsso.domain.dns.VerificationResult;
import io.github.tenantsso.model.ConflictException;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

/**
 * Every write of a domain claim (admin API, import): stores it, verifies it by DNS or on an admin's word, tells the
 * nodes when routing changes (a pending claim routes nothing) and records the admin event.
 */
public final class ClaimWrites {

    public static final String RESOURCE = "DOMAIN_CLAIM";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TenantSso model;
    private final RoutingVersions versions;

    public ClaimWrites(KeycloakSession session, RealmModel realm, RoutingVersions versions) {
        this.session = session;
        this.realm = realm;
        this.model = session.getProvider(TenantSso.class);
        this.versions = versions;
    }

    public sealed interface Outcome {
    }

    public record Written(DomainClaimEntity claim) implements Outcome {
    }

    public record Conflict(String code, String message) implements Outcome {
    }

    /** No TXT record at {@code recordName} holds the claim's token. */
    public record RecordNotFound(String recordName, int txtRecordsFound) implements Outcome {
    }

    public record LookupFailed(String message) implements Outcome {
    }

    /** @throws io.github.tenantsso.model.StorageException when the database refuses the write for another reason */
    public Outcome create(OrganizationModel organization, DomainName domain, boolean includeSubdomains, String actor, long now,
                          AdminEvents events) {
        DomainClaimEntity claim;
        try {
            claim = claims().create(organization.getId(), domain, includeSubdomains, actor, now);
        } catch (ConflictException e) {
            return new Conflict(e.code(), e.getMessage());
        }
        events.record(RESOURCE, OperationType.CREATE, claim);
        return new Written(claim);
    }

    /**
     * Verifies a claim. Verified means verified now: a claim already verified by DNS is looked up again when DNS is
     * asked for (and may be found missing its record); an already verified claim records no event.
     *
     * @throws io.github.tenantsso.model.StorageException when the database refuses the write for another reason
     */
    public Outcome verify(DomainClaimEntity claim, VerificationMethod method, String actor, long now, AdminEvents events) {
        if (ClaimStatus.VERIFIED.name().equals(claim.getStatus())) {
            if (method == VerificationMethod.DNS && VerificationMethod.DNS.name().equals(claim.getVerificationMethod())) {
                new ClaimRechecks(session, model.recheckSettings().grace()).recheck(realm, claim, model.dns(), now);
            }
            return new Written(claim);
        }
        if (method == VerificationMethod.DNS) {
            VerificationResult result = new DomainVerification().check(DomainName.parse(claim.getDomain()), claim.getVerificationToken(), model.dns());
            if (result instanceof VerificationResult.TokenNotFound notFound) {
                return new RecordNotFound(notFound.recordName(), notFound.txtRecordsFound());
            }
            if (result instanceof VerificationResult.LookupFailed failed) {
                return new LookupFailed(failed.message());
            }
        }
        try {
            claims().verify(claim, method, actor, now, model.policies().get(realm.getId()).crossTenantDomainSharing());
        } catch (ConflictException e) {
            return new Conflict(e.code(), e.getMessage());
        }
        versions.changed(RoutingChange.tenant(claim.getOrganizationId()));
        events.record(RESOURCE, OperationType.ACTION, claim);
        return new Written(claim);
    }

    public void delete(DomainClaimEntity claim, AdminEvents events) {
        claims().delete(claim);
        versions.changed(RoutingChange.tenant(claim.getOrganizationId()));
        events.record(RESOURCE, OperationType.DELETE, claim);
    }

    /** A new claim an import decided, unflushed. */
    public void insert(DomainClaimEntity claim) {
        claims().insert(claim);
        versions.changed(RoutingChange.tenant(claim.getOrganizationId()));
    }

    /** A stored claim an import changed. */
    public void updated(DomainClaimEntity claim) {
        versions.changed(RoutingChange.tenant(claim.getOrganizationId()));
    }

    private DomainClaims claims() {
        return model.claims(realm);
    }
}

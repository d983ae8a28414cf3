package io.github.tenantsso.importexport;

import io.github.tenantsso.common.BulkWrites;
import io.github.tenantsso.common.Excerpt;
import io.github.tenantsso.common.Ids;
import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.domain.RestoredClaim;
import io.github.tenantsso.membership.ActiveTenant;
import io.github.tenantsso.membership.Membership;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.trust.Trust;
import io.github.tenantsso.write.ClaimWrites;
import io.github.tenantsso.write.ConnectionWrites;
import io.github.tenantsso.write.PolicyWrites;
import io.github.tenantsso.write.RoutingVersions;
import io.github.tenantsso.write.TenantPolicyWrites;
import io.github.tenantsso.write.TrustWrites;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Applies a {@link PackDocument} to a realm: creates what is missing and updates what exists, so applying a document
 * twice changes nothing. Gathers what the document touches in bulk ({@link ImportGatherer}), decides the whole
 * document in plain Java ({@link ImportDecider}) and only then writes, in JDBC batches. All of it runs in the caller's
 * one database transaction: a refused document has written nothing, and a write the database refuses (or a server
 * stopped mid-import) leaves nothing behind once the transaction rolls back.
 */
public final class PackImporter {

    /** Rows per JDBC batch; the stores flush every {@link BulkWrites#CHUNK} rows. */
    static final int JDBC_BATCH = 1000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TenantSso model;
    private final EntityManager em;
    private final long now = Time.currentTimeMillis();

    public PackImporter(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.model = session.getProvider(TenantSso.class);
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** @throws InvalidPackDocumentException naming the first entry that cannot be applied; nothing is written then */
    public ImportSummary apply(PackDocument document, String importedBy) {
        ImportGatherer gathered = new ImportGatherer(session, realm, model, em);
        ImportDecision decision = ImportDecider.decide(gathered.gather(document, now));
        if (decision instanceof ImportDecision.Refused refused) {
            throw new InvalidPackDocumentException(refused.problem());
        }
        ImportPlan plan = ((ImportDecision.Accepted) decision).plan();
        Session hibernate = em.unwrap(Session.class);
        Integer batchSize = hibernate.getJdbcBatchSize();
        hibernate.setJdbcBatchSize(JDBC_BATCH);
        try {
            write(plan, gathered, importedBy);
        } catch (ModelException | PersistenceException e) {
            throw refusedByDatabase(e);
        } finally {
            hibernate.setJdbcBatchSize(batchSize);
        }
        return plan.summary();
    }

    /**
     * Writes through the write services, in batched mode: no admin event per entry (the caller records one summary)
     * and one routing version bump for the whole document, a full rebuild on every node.
     */
    private void write(ImportPlan plan, ImportGatherer gathered, String importedBy) {
        if (plan.policy() != null
                && new PolicyWrites(model, realm).store(plan.policy(), now)
                        instanceof PolicyWrites.DomainsShared shared) {
            throw new InvalidPackDocumentException(ImportProblem.invalid(
                    "policy.crossTenantDomainSharing",
                    "domain sharing cannot be turned off while domains ("
                            + Excerpt.of(String.join(", ", shared.domains()))
                            + ") are verified by more than one organization; nothing was imported."));
        }
        RoutingVersions versions = RoutingVersions.batched(model, realm);
        Map<String, ConnectionBinding> bindings = new HashMap<>(gathered.connections);
        writeConnections(plan.connections(), bindings, importedBy, new ConnectionWrites(session, realm, versions));
        // Only the pack's own entities from here on, flushed explicitly: no automatic flush before each reload query.
        FlushModeType flushMode = em.getFlushMode();
        em.flush();
        em.setFlushMode(FlushModeType.COMMIT);
        ClaimWrites claims = new ClaimWrites(session, realm, versions);
        try {
            writeClaims(plan.claims(), importedBy, claims);
            writeTrusts(plan.trusts(), bindings, importedBy, new TrustWrites(session, realm, versions));
            writeMemberships(plan.memberships(), bindings);
            writeActiveTenants(plan.activeTenants());
            TenantPolicyWrites tenantPolicies = new TenantPolicyWrites(model, realm, versions);
            plan.tenantPolicies()
                    .forEach(write -> tenantPolicies.store(
                            write.organizationId(), write.signInMethods(), write.mfa(), write.sessionLimits(), now));
            // Still without automatic flushes: Keycloak checks each organization's names with a query, and Keycloak's
            // table has no unique key on a name that a flush order could trip over.
            claims.finishBatch();
        } finally {
            em.setFlushMode(flushMode);
        }
        versions.finish();
    }

    private void writeConnections(
            List<ImportPlan.ConnectionWrite> writes,
            Map<String, ConnectionBinding> bindings,
            String importedBy,
            ConnectionWrites connections) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        List<ConnectionBinding> restored = new ArrayList<>();
        for (ImportPlan.ConnectionWrite write : writes) {
            ConnectionBinding binding;
            if (write.link()) {
                binding = connections.link(
                        session.identityProviders().getByAlias(write.alias()),
                        organizations.getById(write.organizationId()),
                        importedBy,
                        now);
            } else if (write.move() || write.existingId() == null) {
                binding = connections.bind(write.alias(), write.organizationId(), write.move(), importedBy, now);
            } else {
                binding = bindings.get(write.alias());
            }
            binding = binding.with(
                    write.enabled(),
                    write.jitEnabled(),
                    write.createdAt(),
                    write.createdBy() != null ? write.createdBy() : binding.createdBy());
            bindings.put(write.alias(), binding);
            restored.add(binding);
        }
        connections.restore(restored);
    }

    /**
     * Claims that end pending are written first, then those that end verified, then new ones: the database's
     * one-verified-claim-per-domain guard sees no passing state that the final one does not have.
     */
    private void writeClaims(List<ImportPlan.ClaimWrite> writes, String importedBy, ClaimWrites claims) {
        List<RestoredClaim> pending = new ArrayList<>();
        List<RestoredClaim> verified = new ArrayList<>();
        List<RestoredClaim> created = new ArrayList<>();
        for (ImportPlan.ClaimWrite write : writes) {
            (write.existingId() == null ? created : write.verified() ? verified : pending)
                    .add(new RestoredClaim(
                            write.existingId() == null ? Ids.newId() : write.existingId(),
                            write.organizationId(),
                            write.domain(),
                            write.includeSubdomains(),
                            write.verified(),
                            write.verificationMethod(),
                            write.verificationToken() == null ? Ids.newToken() : write.verificationToken(),
                            write.createdAt(),
                            write.createdBy() == null && write.existingId() == null ? importedBy : write.createdBy(),
                            write.verifiedAt(),
                            write.verified() ? write.verifiedBy() : null,
                            write.exclusiveDomain()));
        }
        claims.restore(pending);
        claims.restore(verified);
        claims.restore(created);
    }

    private void writeTrusts(
            List<ImportPlan.TrustWrite> writes,
            Map<String, ConnectionBinding> bindings,
            String importedBy,
            TrustWrites trusts) {
        trusts.restore(writes.stream()
                .map(write -> {
                    ConnectionBinding connection = bindings.get(write.connectionAlias());
                    return new Trust(
                            write.existingId() == null ? Ids.newId() : write.existingId(),
                            write.trustingOrganizationId(),
                            connection.id(),
                            connection.organizationId(),
                            write.jitEnabled(),
                            write.groupIds(),
                            write.createdAt(),
                            write.createdBy() == null && write.existingId() == null ? importedBy : write.createdBy());
                })
                .toList());
    }

    /**
     * Dates the memberships and names the trusts that provisioned them. Runs after the trusts are written, so that a
     * trust the document creates has its id.
     */
    private void writeMemberships(List<ImportPlan.MembershipWrite> writes, Map<String, ConnectionBinding> bindings) {
        Map<String, String> trustIds = new HashMap<>();
        List<String> connectionIds = writes.stream()
                .map(ImportPlan.MembershipWrite::trustConnection)
                .filter(alias -> alias != null)
                .distinct()
                .map(alias -> bindings.get(alias).id())
                .toList();
        for (int from = 0; from < connectionIds.size(); from += BulkWrites.CHUNK) {
            model.trusts(realm)
                    .ofConnections(connectionIds.subList(from, Math.min(connectionIds.size(), from + BulkWrites.CHUNK)))
                    .forEach(trust ->
                            trustIds.put(trust.trustingOrganizationId() + '\n' + trust.connectionId(), trust.id()));
        }
        model.memberships()
                .restore(
                        realm.getId(),
                        writes.stream()
                                .map(write -> new Membership(
                                        write.existingId() == null ? Ids.newId() : write.existingId(),
                                        write.userId(),
                                        write.organizationId(),
                                        write.joinedAt(),
                                        write.trustConnection() == null
                                                ? null
                                                : trustIds.get(write.organizationId()
                                                        + '\n'
                                                        + bindings.get(write.trustConnection())
                                                                .id())))
                                .toList());
    }

    private void writeActiveTenants(List<ImportPlan.ActiveTenantWrite> writes) {
        model.memberships()
                .restoreActiveTenants(
                        realm.getId(),
                        writes.stream()
                                .map(write ->
                                        new ActiveTenant(write.userId(), write.organizationId(), write.updatedAt()))
                                .toList());
    }

    /**
     * Validation allowed the document, so a refusal here is a change that raced the import (such as another admin
     * verifying one of its domains meanwhile); anything else is not the document's fault and stays a server error.
     */
    private static RuntimeException refusedByDatabase(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                String constraint = violation.getConstraintName() == null
                        ? ""
                        : violation.getConstraintName().toUpperCase(Locale.ROOT);
                return new InvalidPackDocumentException(
                        constraint.contains("EXCLUSIVE")
                                ? ImportProblem.of(
                                        ImportProblem.Code.DOMAIN_VERIFIED_ELSEWHERE,
                                        null,
                                        "A domain of the document was verified by another organization while the import ran; nothing was imported.")
                                : ImportProblem.of(
                                        ImportProblem.Code.IMPORT_CONFLICT,
                                        null,
                                        "The realm's data changed while the import ran; nothing was imported. Try again."));
            }
        }
        return e;
    }
}

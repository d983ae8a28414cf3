package io.github.tenantsso.importexport;

import io.github.tenantsso.common.Excerpt;
import io.github.tenantsso.common.Ids;
import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.connection.ConnectionBindings;
import io.github.tenantsso.domain.ClaimStatus;
import io.github.tenantsso.domain.DomainClaimEntity;
import io.github.tenantsso.membership.ActiveTenantEntity;
import io.github.tenantsso.membership.MembershipEntity;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.trust.TrustEntity;
import io.github.tenantsso.write.ClaimWrites;
import io.github.tenantsso.write.ConnectionWrites;
import io.github.tenantsso.write.PolicyWrites;
import io.github.tenantsso.write.RoutingVersions;
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

    /** Rows per JDBC batch. */
    static final int JDBC_BATCH = 1000;
    /**
     * Writes per flush; the flushed entities are detached so the persistence context stays small. Each flush walks
     * every entity of the request (Keycloak's too), so flushes are fewer than JDBC batches.
     */
    static final int BATCH = 5000;

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
        Map<String, ConnectionBindingEntity> bindings = new HashMap<>(gathered.connections);
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
            Map<String, ConnectionBindingEntity> bindings,
            String importedBy,
            ConnectionWrites connections) {
        ConnectionBindings store = model.connections(realm);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        Map<String, ConnectionBindingEntity> stored = reload(
                ConnectionBindingEntity.class,
                writes.stream()
                        .filter(w -> w.existingId() != null && !w.link() && !w.move())
                        .map(ImportPlan.ConnectionWrite::existingId)
                        .toList());
        Batch batch = new Batch();
        for (ImportPlan.ConnectionWrite write : writes) {
            ConnectionBindingEntity binding;
            if (write.link()) {
                binding = connections.link(
                        session.identityProviders().getByAlias(write.alias()),
                        organizations.getById(write.organizationId()),
                        importedBy,
                        now);
            } else if (write.move()) {
                binding = store.bind(write.alias(), write.organizationId(), importedBy, now);
            } else if (write.existingId() == null) {
                binding = store.add(write.alias(), write.organizationId(), importedBy, now);
            } else {
                binding = stored.get(write.existingId());
            }
            connections.settings(binding, write.enabled(), write.jitEnabled());
            binding.setCreatedAt(write.createdAt());
            if (write.createdBy() != null) {
                binding.setCreatedBy(write.createdBy());
            }
            bindings.put(write.alias(), binding);
            batch.written(binding);
        }
        batch.flush();
    }

    /**
     * Claims that end pending are written first, then those that end verified, then new ones: the database's
     * one-verified-claim-per-domain guard sees no passing state that the final one does not have.
     */
    private void writeClaims(List<ImportPlan.ClaimWrite> writes, String importedBy, ClaimWrites claims) {
        List<ImportPlan.ClaimWrite> pending = new ArrayList<>();
        List<ImportPlan.ClaimWrite> verified = new ArrayList<>();
        List<ImportPlan.ClaimWrite> created = new ArrayList<>();
        for (ImportPlan.ClaimWrite write : writes) {
            (write.existingId() == null ? created : write.verified() ? verified : pending).add(write);
        }
        for (List<ImportPlan.ClaimWrite> updates : List.of(pending, verified)) {
            for (int from = 0; from < updates.size(); from += BATCH) {
                List<ImportPlan.ClaimWrite> chunk = updates.subList(from, Math.min(updates.size(), from + BATCH));
                Map<String, DomainClaimEntity> stored = reload(
                        DomainClaimEntity.class,
                        chunk.stream().map(ImportPlan.ClaimWrite::existingId).toList());
                Batch batch = new Batch();
                for (ImportPlan.ClaimWrite write : chunk) {
                    DomainClaimEntity claim = apply(write, stored.get(write.existingId()));
                    claims.updated(claim);
                    batch.written(claim);
                }
                batch.flush();
            }
        }
        Batch batch = new Batch();
        for (ImportPlan.ClaimWrite write : created) {
            DomainClaimEntity claim = new DomainClaimEntity();
            claim.setId(Ids.newId());
            claim.setOrganizationId(write.organizationId());
            claim.setDomain(write.domain());
            claim.setCreatedBy(write.createdBy() != null ? write.createdBy() : importedBy);
            claims.insert(apply(write, claim));
            batch.written(claim);
        }
        batch.flush();
    }

    private static DomainClaimEntity apply(ImportPlan.ClaimWrite write, DomainClaimEntity claim) {
        claim.setIncludeSubdomains(write.includeSubdomains());
        claim.setVerificationToken(write.verificationToken() == null ? Ids.newToken() : write.verificationToken());
        claim.setCreatedAt(write.createdAt());
        claim.setStatus((write.verified() ? ClaimStatus.VERIFIED : ClaimStatus.PENDING).name());
        claim.setVerificationMethod(write.verificationMethod());
        claim.setVerifiedAt(write.verifiedAt());
        if (!write.verified()) {
            claim.setVerifiedBy(null);
        } else if (write.verifiedBy() != null) {
            claim.setVerifiedBy(write.verifiedBy());
        }
        if (write.createdBy() != null) {
            claim.setCreatedBy(write.createdBy());
        }
        claim.setExclusiveDomain(write.exclusiveDomain());
        return claim;
    }

    private void writeTrusts(
            List<ImportPlan.TrustWrite> writes,
            Map<String, ConnectionBindingEntity> bindings,
            String importedBy,
            TrustWrites trusts) {
        Batch batch = new Batch();
        for (int from = 0; from < writes.size(); from += BATCH) {
            List<ImportPlan.TrustWrite> chunk = writes.subList(from, Math.min(writes.size(), from + BATCH));
            Map<String, TrustEntity> stored = reload(
                    TrustEntity.class,
                    chunk.stream()
                            .map(ImportPlan.TrustWrite::existingId)
                            .filter(id -> id != null)
                            .toList());
            for (ImportPlan.TrustWrite write : chunk) {
                TrustEntity trust;
                if (write.existingId() == null) {
                    trust = trusts.add(
                            write.trustingOrganizationId(),
                            bindings.get(write.connectionAlias()),
                            write.jitEnabled(),
                            write.groupIds(),
                            importedBy,
                            write.createdAt());
                } else {
                    trust = stored.get(write.existingId());
                    trusts.update(trust, write.jitEnabled(), write.groupIds(), write.createdAt());
                }
                if (write.createdBy() != null) {
                    trust.setCreatedBy(write.createdBy());
                }
                batch.written(trust);
            }
        }
        batch.flush();
    }

    /**
     * Dates the memberships and names the trusts that provisioned them. Runs after the trusts are written, so that a
     * trust the document creates has its id.
     */
    private void writeMemberships(
            List<ImportPlan.MembershipWrite> writes, Map<String, ConnectionBindingEntity> bindings) {
        Map<String, String> trustIds = new HashMap<>();
        List<String> connectionIds = writes.stream()
                .map(ImportPlan.MembershipWrite::trustConnection)
                .filter(alias -> alias != null)
                .distinct()
                .map(alias -> bindings.get(alias).getId())
                .toList();
        for (int from = 0; from < connectionIds.size(); from += BATCH) {
            model.trusts(realm)
                    .ofConnections(connectionIds.subList(from, Math.min(connectionIds.size(), from + BATCH)))
                    .forEach(trust -> trustIds.put(
                            trust.getTrustingOrganizationId() + '\n' + trust.getConnectionId(), trust.getId()));
        }
        Batch batch = new Batch();
        for (int from = 0; from < writes.size(); from += BATCH) {
            List<ImportPlan.MembershipWrite> chunk = writes.subList(from, Math.min(writes.size(), from + BATCH));
            Map<String, MembershipEntity> stored = reload(
                    MembershipEntity.class,
                    chunk.stream()
                            .map(ImportPlan.MembershipWrite::existingId)
                            .filter(id -> id != null)
                            .toList());
            for (ImportPlan.MembershipWrite write : chunk) {
                MembershipEntity membership = write.existingId() == null ? null : stored.get(write.existingId());
                if (membership == null) {
                    membership = new MembershipEntity();
                    membership.setId(Ids.newId());
                    membership.setRealmId(realm.getId());
                    membership.setUserId(write.userId());
                    membership.setOrganizationId(write.organizationId());
                    em.persist(membership);
                }
                membership.setJoinedAt(write.joinedAt());
                if (write.trustConnection() != null) {
                    membership.setTrustId(trustIds.get(write.organizationId()
                            + '\n'
                            + bindings.get(write.trustConnection()).getId()));
                }
                batch.written(membership);
            }
        }
        batch.flush();
    }

    private void writeActiveTenants(List<ImportPlan.ActiveTenantWrite> writes) {
        Batch batch = new Batch();
        for (int from = 0; from < writes.size(); from += BATCH) {
            List<ImportPlan.ActiveTenantWrite> chunk = writes.subList(from, Math.min(writes.size(), from + BATCH));
            Map<String, ActiveTenantEntity> stored = new HashMap<>();
            List<String> userIds = chunk.stream()
                    .filter(ImportPlan.ActiveTenantWrite::exists)
                    .map(ImportPlan.ActiveTenantWrite::userId)
                    .toList();
            if (!userIds.isEmpty()) {
                em.createQuery("select a from ActiveTenantEntity a where a.userId in :ids", ActiveTenantEntity.class)
                        .setParameter("ids", userIds)
                        .getResultList()
                        .forEach(active -> stored.put(active.getUserId(), active));
            }
            for (ImportPlan.ActiveTenantWrite write : chunk) {
                ActiveTenantEntity active = stored.get(write.userId());
                if (active == null) {
                    active = new ActiveTenantEntity();
                    active.setUserId(write.userId());
                    active.setRealmId(realm.getId());
                    em.persist(active);
                }
                active.setOrganizationId(write.organizationId());
                active.setUpdatedAt(write.updatedAt());
                batch.written(active);
            }
        }
        batch.flush();
    }

    /** Loads the pack's entities of one kind by id, at most {@link #BATCH} at a time, with one query. */
    private <T> Map<String, T> reload(Class<T> type, List<String> ids) {
        Map<String, T> loaded = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultList()
                    .forEach(entity -> loaded.put(
                            (String) em.getEntityManagerFactory()
                                    .getPersistenceUnitUtil()
                                    .getIdentifier(entity),
                            entity));
        }
        return loaded;
    }

    /** Flushes every {@link #BATCH} writes and detaches what it flushed: the pack's own entities only. */
    private final class Batch {

        private final List<Object> entities = new ArrayList<>();

        void written(Object entity) {
            entities.add(entity);
            if (entities.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            em.flush();
            entities.forEach(em::detach);
            entities.clear();
        }
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

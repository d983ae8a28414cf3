package io.github.tenantsso.importexport;

import io.github.tenantsso.common.Excerpt;
import io.github.tenantsso.connection.ConnectionLink;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.domain.VerificationMethod;
import io.github.tenantsso.importexport.ImportInput.StoredClaim;
import io.github.tenantsso.importexport.ImportInput.StoredConnection;
import io.github.tenantsso.importexport.ImportInput.StoredMembership;
import io.github.tenantsso.importexport.ImportInput.StoredTrust;
import io.github.tenantsso.importexport.ImportPlan.ActiveTenantWrite;
import io.github.tenantsso.importexport.ImportPlan.ClaimWrite;
import io.github.tenantsso.importexport.ImportPlan.ConnectionWrite;
import io.github.tenantsso.importexport.ImportPlan.MembershipWrite;
import io.github.tenantsso.importexport.ImportPlan.TenantPolicyWrite;
import io.github.tenantsso.importexport.ImportPlan.TrustWrite;
import io.github.tenantsso.policy.InvalidPolicyException;
import io.github.tenantsso.policy.PolicyPatch;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.policy.SharingChange;
import io.github.tenantsso.signin.InvalidTenantPolicyException;
import io.github.tenantsso.signin.Mfa;
import io.github.tenantsso.signin.SessionLimits;
import io.github.tenantsso.signin.SignInMethods;
import io.github.tenantsso.signin.TenantPolicy;
import io.github.tenantsso.trust.TrustGroups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides a whole import before anything is written: every entry is checked against the document and the realm's
 * stored state, and the result is either the list of writes or the first entry that cannot be applied, named with its
 * field. What the document leaves out ({@code null}) keeps its stored value, or for a new entry its default;
 * {@code verified: false} makes a verified claim pending again; nothing is deleted.
 */
public final class ImportDecider {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final int MAX_LISTED_DOMAINS = 10;
    /** The width of the columns that keep who created or verified an entry. */
    static final int MAX_WHO_CHARS = 255;
    /** 9999-12-31T23:59:59.999Z: a date beyond it is a mistake (seconds for milliseconds, say), not a date. */
    static final long MAX_EPOCH_MILLIS = 253_402_300_799_999L;

    private ImportDecider() {}

    public static ImportDecision decide(ImportInput input) {
        try {
            return new ImportDecision.Accepted(new Run(input).plan());
        } catch (Refusal refusal) {
            return new ImportDecision.Refused(refusal.problem);
        }
    }

    /** One decision's working state. */
    private static final class Run {

        private final ImportInput input;
        private final PackDocument document;
        private final Map<String, StoredConnection> connectionsByAlias = new HashMap<>();
        /** The organization each connection the document or the realm binds ends up with. */
        private final Map<String, String> finalOwners = new HashMap<>();

        private final Set<String> movedConnections = new HashSet<>();
        /** The trusts, by trusting organization and connection alias, that exist after the import. */
        private final Set<String> finalTrusts = new HashSet<>();
        /** The stored trusts the import keeps, by the same key. */
        private final Map<String, String> trustIds = new HashMap<>();

        Run(ImportInput input) {
            this.input = input;
            this.document = input.document();
            input.connections().forEach(c -> connectionsByAlias.put(c.alias(), c));
        }

        ImportPlan plan() {
            if (!input.organizationsEnabled()
                    && !(document.domains().isEmpty()
                            && document.connections().isEmpty()
                            && document.trusts().isEmpty()
                            && document.memberships().isEmpty()
                            && document.activeTenants().isEmpty()
                            && document.tenantPolicies().isEmpty())) {
                throw refuse(ImportProblem.invalid(
                        null, "The realm does not have organizations enabled; only a policy can be imported."));
            }
            RoutingPolicy policy = policy();
            List<ConnectionWrite> connections = new ArrayList<>();
            int[] connectionCounts = connections(connections);
            List<ClaimWrite> claims = new ArrayList<>();
            int[] claimCounts = claims(policy.crossTenantDomainSharing(), claims);
            List<TrustWrite> trusts = new ArrayList<>();
            int[] trustCounts = trusts(trusts);
            List<MembershipWrite> memberships = new ArrayList<>();
            int[] membershipCounts = memberships(memberships);
            List<ActiveTenantWrite> activeTenants = new ArrayList<>();
            int[] activeTenantCounts = activeTenants(activeTenants);
            List<TenantPolicyWrite> tenantPolicies = new ArrayList<>();
            int[] tenantPolicyCounts = tenantPolicies(tenantPolicies);
            boolean policyUpdated = !policy.equals(input.currentPolicy());
            return new ImportPlan(
                    policyUpdated ? policy : null,
                    claims,
                    connections,
                    trusts,
                    memberships,
                    activeTenants,
                    tenantPolicies,
                    new ImportSummary(
                            policyUpdated,
                            counts(claimCounts),
                            counts(connectionCounts),
                            counts(trustCounts),
                            counts(membershipCounts),
                            counts(activeTenantCounts),
                            counts(tenantPolicyCounts)));
        }

        private RoutingPolicy policy() {
            RoutingPolicy current = input.currentPolicy();
            PackDocument.Policy given = document.policy();
            if (given == null) {
                return current;
            }
            RoutingPolicy policy;
            try {
                policy = new PolicyPatch(
                                given.crossTenantDomainSharing(),
                                given.ambiguousNewUser(),
                                given.activeTenantLogin(),
                                given.hintParameter())
                        .applyTo(current);
            } catch (InvalidPolicyException e) {
                throw refuse(ImportProblem.invalid("policy." + e.field(), Excerpt.message(e.getMessage())));
            }
            if (SharingChange.decide(current, policy, input.sharedVerifiedDomains())
                    instanceof SharingChange.StillShared still) {
                List<String> shared = still.domains();
                throw refuse(ImportProblem.invalid(
                        "policy.crossTenantDomainSharing",
                        "domain sharing cannot be turned off while "
                                + shared.size() + " domains ("
                                + String.join(", ", shared.subList(0, Math.min(MAX_LISTED_DOMAINS, shared.size())))
                                + (shared.size() > MAX_LISTED_DOMAINS ? ", ..." : "")
                                + ") are verified by more than one organization."));
            }
            return policy;
        }

        private int[] connections(List<ConnectionWrite> writes) {
            int[] counts = new int[3];
            Map<String, Integer> seen = new HashMap<>();
            input.connections().forEach(c -> finalOwners.put(c.alias(), c.organizationId()));
            for (int i = 0; i < document.connections().size(); i++) {
                String where = "connections[" + i + "]";
                PackDocument.Connection given = document.connections().get(i);
                String tenant = tenant(where, given.tenant());
                ImportInput.IdentityProvider idp =
                        given.alias() == null ? null : input.identityProviders().get(given.alias());
                if (idp == null) {
                    throw refuse(ImportProblem.invalid(
                            where + ".alias", "no identity provider with alias '" + Excerpt.of(given.alias()) + "'."));
                }
                Integer earlier = seen.putIfAbsent(idp.alias(), i);
                if (earlier != null) {
                    throw refuse(ImportProblem.invalid(
                            where + ".alias", "the same connection as connections[" + earlier + "]."));
                }
                ConnectionLink.Outcome link = ConnectionLink.decide(idp.organizationId(), tenant);
                if (link instanceof ConnectionLink.OwnedElsewhere) {
                    throw refuse(ImportProblem.invalid(
                            where + ".tenant",
                            "identity provider '" + Excerpt.of(idp.alias()) + "' belongs to another organization than '"
                                    + Excerpt.of(given.tenant()) + "'."));
                }
                StoredConnection stored = connectionsByAlias.get(idp.alias());
                at(where + ".createdAt", given.createdAt());
                who(where + ".createdBy", given.createdBy());
                boolean linked = link instanceof ConnectionLink.Link;
                boolean move = stored != null && !stored.organizationId().equals(tenant);
                if (move) {
                    movedConnections.add(idp.alias());
                }
                ConnectionWrite write = new ConnectionWrite(
                        stored == null ? null : stored.id(),
                        idp.alias(),
                        tenant,
                        linked,
                        move,
                        given.enabled() != null ? given.enabled() : stored == null || stored.enabled(),
                        given.jitEnabled() != null ? given.jitEnabled() : stored != null && stored.jitEnabled(),
                        given.createdAt() != null
                                ? given.createdAt()
                                : stored == null ? input.now() : stored.createdAt(),
                        given.createdBy() != null
                                ? given.createdBy()
                                : stored == null || move ? null : stored.createdBy());
                finalOwners.put(idp.alias(), tenant);
                if (stored != null
                        && !linked
                        && !move
                        && write.enabled() == stored.enabled()
                        && write.jitEnabled() == stored.jitEnabled()
                        && write.createdAt() == stored.createdAt()
                        && Objects.equals(write.createdBy(), stored.createdBy())) {
                    counts[2]++;
                } else {
                    counts[stored == null ? 0 : 1]++;
                    writes.add(write);
                }
            }
            return counts;
        }

        private int[] claims(boolean domainSharing, List<ClaimWrite> writes) {
            int[] counts = new int[3];
            Map<String, StoredClaim> stored = new HashMap<>();
            Map<String, Set<String>> verifiedBy = new HashMap<>();
            for (StoredClaim claim : input.claims()) {
                stored.put(key(claim.organizationId(), claim.domain()), claim);
                if (claim.verified()) {
                    verifiedBy
                            .computeIfAbsent(claim.domain(), d -> new LinkedHashSet<>())
                            .add(claim.organizationId());
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            Map<String, Integer> lastVerifying = new HashMap<>();
            List<ClaimWrite> planned = new ArrayList<>();
            for (int i = 0; i < document.domains().size(); i++) {
                String where = "domains[" + i + "]";
                PackDocument.Domain given = document.domains().get(i);
                String tenant = tenant(where, given.tenant());
                DomainName domain;
                try {
                    domain = DomainName.parse(given.domain());
                } catch (InvalidDomainException e) {
                    throw refuse(ImportProblem.invalid(where + ".domain", Excerpt.message(e.getMessage())));
                }
                if (given.verificationToken() != null
                        && !TOKEN.matcher(given.verificationToken()).matches()) {
                    throw refuse(ImportProblem.invalid(
                            where + ".verificationToken", "16 to 64 letters, digits, '-' or '_'."));
                }
                at(where + ".createdAt", given.createdAt());
                at(where + ".verifiedAt", given.verifiedAt());
                who(where + ".createdBy", given.createdBy());
                who(where + ".verifiedBy", given.verifiedBy());
                String key = key(tenant, domain.value());
                Integer earlier = seen.putIfAbsent(key, i);
                if (earlier != null) {
                    throw refuse(ImportProblem.invalid(where, "the same claim as domains[" + earlier + "]."));
                }
                StoredClaim old = stored.get(key);
                ClaimWrite write = claim(where, given, old, tenant, domain.value(), domainSharing);
                if (write.verified()) {
                    verifiedBy
                            .computeIfAbsent(write.domain(), d -> new LinkedHashSet<>())
                            .add(tenant);
                    lastVerifying.put(write.domain(), i);
                } else if (verifiedBy.containsKey(write.domain())) {
                    verifiedBy.get(write.domain()).remove(tenant);
                }
                planned.add(write);
                if (old != null && same(write, old)) {
                    counts[2]++;
                } else {
                    counts[old == null ? 0 : 1]++;
                    writes.add(write);
                }
            }
            if (!domainSharing) {
                // Judged on the state after the whole document, which may also make other claims of a domain pending.
                int first = Integer.MAX_VALUE;
                for (Map.Entry<String, Integer> verifying : lastVerifying.entrySet()) {
                    if (verifiedBy.get(verifying.getKey()).size() > 1) {
                        first = Math.min(first, verifying.getValue());
                    }
                }
                if (first != Integer.MAX_VALUE) {
                    throw refuse(
                            ImportProblem.of(
                                    ImportProblem.Code.DOMAIN_VERIFIED_ELSEWHERE,
                                    "domains[" + first + "]",
                                    planned.get(first).domain()
                                            + " is verified by another organization in this realm too, and domain sharing is off."));
                }
            }
            return counts;
        }

        private ClaimWrite claim(
                String where,
                PackDocument.Domain given,
                StoredClaim old,
                String tenant,
                String domain,
                boolean domainSharing) {
            boolean verified;
            String method;
            Long verifiedAt;
            String verifiedBy;
            if (Boolean.TRUE.equals(given.verified())) {
                verified = true;
                method = method(where, given.verificationMethod()).name();
                verifiedAt = given.verifiedAt() != null
                        ? given.verifiedAt()
                        : old != null && old.verified() ? old.verifiedAt() : Long.valueOf(input.now());
                verifiedBy = given.verifiedBy() != null
                        ? given.verifiedBy()
                        : old != null && old.verified() ? old.verifiedBy() : null;
            } else if (Boolean.FALSE.equals(given.verified()) || old == null) {
                verified = false;
                method = null;
                verifiedAt = null;
                verifiedBy = null;
            } else {
                verified = old.verified();
                method = old.verificationMethod();
                verifiedAt = old.verifiedAt();
                verifiedBy = old.verified() && given.verifiedBy() != null ? given.verifiedBy() : old.verifiedBy();
            }
            return new ClaimWrite(
                    old == null ? null : old.id(),
                    tenant,
                    domain,
                    Boolean.TRUE.equals(given.includeSubdomains()),
                    verified,
                    method,
                    given.verificationToken() != null
                            ? given.verificationToken()
                            : old == null ? null : old.verificationToken(),
                    given.createdAt() != null ? given.createdAt() : old == null ? input.now() : old.createdAt(),
                    verifiedAt,
                    verified && !domainSharing ? domain : null,
                    given.createdBy() != null ? given.createdBy() : old == null ? null : old.createdBy(),
                    verifiedBy);
        }

        private int[] trusts(List<TrustWrite> writes) {
            int[] counts = new int[3];
            Map<String, String> connectionIds = new HashMap<>();
            input.connections().forEach(c -> connectionIds.put(c.id(), c.alias()));
            Map<String, StoredTrust> stored = new HashMap<>();
            for (StoredTrust trust : input.trusts()) {
                String alias = connectionIds.get(trust.connectionId());
                // Binding a connection to another organization drops its trusts: they were given to the previous owner.
                if (alias != null && !movedConnections.contains(alias)) {
                    stored.put(key(trust.trustingOrganizationId(), alias), trust);
                    finalTrusts.add(key(trust.trustingOrganizationId(), alias));
                    trustIds.put(key(trust.trustingOrganizationId(), alias), trust.id());
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < document.trusts().size(); i++) {
                String where = "trusts[" + i + "]";
                PackDocument.Trust given = document.trusts().get(i);
                String trusting = tenant(where, given.tenant());
                String owner = given.connection() == null ? null : finalOwners.get(given.connection());
                if (owner == null) {
                    throw refuse(ImportProblem.invalid(
                            where + ".connection",
                            "the connection '" + Excerpt.of(given.connection())
                                    + "' is not bound to an organization."));
                }
                if (owner.equals(trusting)) {
                    throw refuse(ImportProblem.of(
                            ImportProblem.Code.OWN_CONNECTION,
                            where,
                            "an organization cannot trust its own connection " + Excerpt.of(given.connection()) + "."));
                }
                String key = key(trusting, given.connection());
                Integer earlier = seen.putIfAbsent(key, i);
                if (earlier != null) {
                    throw refuse(ImportProblem.invalid(where, "the same trust as trusts[" + earlier + "]."));
                }
                finalTrusts.add(key);
                at(where + ".createdAt", given.createdAt());
                who(where + ".createdBy", given.createdBy());
                List<String> named = new ArrayList<>();
                List<String> paths = given.groups() == null ? List.of() : given.groups();
                for (int g = 0; g < paths.size(); g++) {
                    String groupId = paths.get(g) == null
                            ? null
                            : input.groupsByPath().get(ImportInput.groupKey(trusting, paths.get(g)));
                    if (groupId == null) {
                        throw refuse(ImportProblem.invalid(
                                where + ".groups[" + g + "]",
                                "organization '" + Excerpt.of(given.tenant()) + "' has no group '"
                                        + Excerpt.of(paths.get(g)) + "'."));
                    }
                    named.add(groupId);
                }
                Set<String> byPath = Set.copyOf(named);
                if (given.groupIds() != null) {
                    named.addAll(given.groupIds());
                }
                // A group found by its path under the trusting organization is that organization's by construction.
                TrustGroups.Outcome groups = TrustGroups.check(
                        named,
                        trusting,
                        id -> byPath.contains(id)
                                ? Optional.of(trusting)
                                : Optional.ofNullable(input.groupOwners().get(id)));
                if (groups instanceof TrustGroups.Malformed malformed) {
                    throw refuse(ImportProblem.invalid(where + ".groupIds", malformed.message()));
                }
                if (groups instanceof TrustGroups.NotOrganizationGroup notOwn) {
                    throw refuse(ImportProblem.invalid(
                            where + ".groupIds",
                            "'" + Excerpt.of(notOwn.groupId()) + "' is not a group of organization '"
                                    + Excerpt.of(given.tenant()) + "'."));
                }
                List<String> groupIds = ((TrustGroups.Accepted) groups).groupIds();
                StoredTrust old = stored.get(key);
                TrustWrite write = new TrustWrite(
                        old == null ? null : old.id(),
                        trusting,
                        given.connection(),
                        Boolean.TRUE.equals(given.jitEnabled()),
                        groupIds,
                        given.createdAt() != null ? given.createdAt() : old == null ? input.now() : old.createdAt(),
                        given.createdBy() != null ? given.createdBy() : old == null ? null : old.createdBy());
                if (old != null
                        && old.jitEnabled() == write.jitEnabled()
                        && Objects.equals(old.groupIds(), write.groupIds())
                        && old.createdAt() == write.createdAt()
                        && Objects.equals(old.createdBy(), write.createdBy())) {
                    counts[2]++;
                } else {
                    counts[old == null ? 0 : 1]++;
                    writes.add(write);
                }
            }
            return counts;
        }

        /**
         * Dates the memberships Keycloak has; a membership Keycloak does not have is refused rather than created, since
         * Keycloak's own export (or its admin API) carries the membership and the document only what Keycloak lacks.
         */
        private int[] memberships(List<MembershipWrite> writes) {
            int[] counts = new int[3];
            Map<String, StoredMembership> stored = new HashMap<>();
            input.memberships().forEach(m -> stored.put(ImportInput.memberKey(m.userId(), m.organizationId()), m));
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < document.memberships().size(); i++) {
                String where = "memberships[" + i + "]";
                PackDocument.Membership given = document.memberships().get(i);
                String user = user(where, given.user());
                String tenant = tenant(where, given.tenant());
                String key = ImportInput.memberKey(user, tenant);
                if (!input.members().contains(key)) {
                    throw refuse(ImportProblem.invalid(
                            where,
                            "user '" + Excerpt.of(given.user()) + "' is not a member of organization '"
                                    + Excerpt.of(given.tenant()) + "'."));
                }
                Integer earlier = seen.putIfAbsent(key, i);
                if (earlier != null) {
                    throw refuse(ImportProblem.invalid(where, "the same membership as memberships[" + earlier + "]."));
                }
                at(where + ".joinedAt", given.joinedAt());
                if (given.provisionedBy() != null && !finalTrusts.contains(key(tenant, given.provisionedBy()))) {
                    throw refuse(ImportProblem.invalid(
                            where + ".provisionedBy",
                            "organization '" + Excerpt.of(given.tenant()) + "' has no trust in connection '"
                                    + Excerpt.of(given.provisionedBy()) + "'."));
                }
                StoredMembership old = stored.get(key);
                MembershipWrite write = new MembershipWrite(
                        old == null ? null : old.id(),
                        user,
                        tenant,
                        given.joinedAt() != null ? given.joinedAt() : old == null ? input.now() : old.joinedAt(),
                        given.provisionedBy());
                // A trust the import creates has no id yet, so a membership it provisioned is always written.
                String trustId =
                        given.provisionedBy() == null ? null : trustIds.get(key(tenant, given.provisionedBy()));
                if (old != null
                        && old.joinedAt() == write.joinedAt()
                        && (given.provisionedBy() == null || trustId != null && trustId.equals(old.trustId()))) {
                    counts[2]++;
                } else {
                    counts[old == null ? 0 : 1]++;
                    writes.add(write);
                }
            }
            return counts;
        }

        private int[] activeTenants(List<ActiveTenantWrite> writes) {
            int[] counts = new int[3];
            Map<String, ImportInput.StoredActiveTenant> stored = new HashMap<>();
            input.activeTenants().forEach(a -> stored.put(a.userId(), a));
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < document.activeTenants().size(); i++) {
                String where = "activeTenants[" + i + "]";
                PackDocument.ActiveTenant given = document.activeTenants().get(i);
                String user = user(where, given.user());
                String tenant = tenant(where, given.tenant());
                if (!input.members().contains(ImportInput.memberKey(user, tenant))) {
                    throw refuse(ImportProblem.invalid(
                            where + ".tenant",
                            "user '" + Excerpt.of(given.user()) + "' is not a member of organization '"
                                    + Excerpt.of(given.tenant()) + "'."));
                }
                Integer earlier = seen.putIfAbsent(user, i);
                if (earlier != null) {
                    throw refuse(
                            ImportProblem.invalid(where + ".user", "the same user as activeTenants[" + earlier + "]."));
                }
                at(where + ".updatedAt", given.updatedAt());
                ImportInput.StoredActiveTenant old = stored.get(user);
                ActiveTenantWrite write = new ActiveTenantWrite(
                        old != null,
                        user,
                        tenant,
                        given.updatedAt() != null
                                ? given.updatedAt()
                                : old == null || !old.organizationId().equals(tenant) ? input.now() : old.updatedAt());
                if (old != null && old.organizationId().equals(tenant) && old.updatedAt() == write.updatedAt()) {
                    counts[2]++;
                } else {
                    counts[old == null ? 0 : 1]++;
                    writes.add(write);
                }
            }
            return counts;
        }

        private int[] tenantPolicies(List<TenantPolicyWrite> writes) {
            int[] counts = new int[3];
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < document.tenantPolicies().size(); i++) {
                String where = "tenantPolicies[" + i + "]";
                PackDocument.TenantPolicy given = document.tenantPolicies().get(i);
                String tenant = tenant(where, given.tenant());
                Integer earlier = seen.putIfAbsent(tenant, i);
                if (earlier != null) {
                    throw refuse(ImportProblem.invalid(
                            where + ".tenant", "the same organization as tenantPolicies[" + earlier + "]."));
                }
                SignInMethods methods;
                try {
                    methods = SignInMethods.parse(given.signInMethods());
                } catch (InvalidTenantPolicyException e) {
                    throw refuse(ImportProblem.invalid(
                            where + ".signInMethods", "must be one of " + SignInMethods.NAMES + "."));
                }
                Mfa mfa;
                try {
                    mfa = Mfa.parse(given.mfa());
                } catch (InvalidTenantPolicyException e) {
                    throw refuse(ImportProblem.invalid(where + ".mfa", "must be one of " + Mfa.NAMES + "."));
                }
                SessionLimits limits;
                try {
                    limits = SessionLimits.of(
                            given.maxSessionAgeSeconds(),
                            given.maxIdleSeconds(),
                            input.realmSessions().maxSessionAgeSeconds(),
                            input.realmSessions().maxIdleSeconds());
                } catch (InvalidTenantPolicyException e) {
                    throw refuse(ImportProblem.of(
                            SessionLimits.EXCEEDS_REALM.equals(e.code())
                                    ? ImportProblem.Code.SESSION_LIMIT_EXCEEDS_REALM
                                    : ImportProblem.Code.INVALID_DOCUMENT,
                            where + "." + e.field(),
                            e.getMessage()));
                }
                TenantPolicy stored = input.tenantPolicies().get(tenant);
                if (stored != null
                        && stored.signInMethods() == methods
                        && stored.mfa() == mfa
                        && stored.sessionLimits().equals(limits)) {
                    counts[2]++;
                } else {
                    counts[stored == null ? 0 : 1]++;
                    writes.add(new TenantPolicyWrite(tenant, methods, mfa, limits));
                }
            }
            return counts;
        }

        private String user(String where, String username) {
            String id = username == null ? null : input.users().get(username);
            if (id == null) {
                throw refuse(ImportProblem.invalid(
                        where + ".user", "no user with username '" + Excerpt.of(username) + "'."));
            }
            return id;
        }

        private String tenant(String where, String alias) {
            String id = alias == null ? null : input.tenantIds().get(alias);
            if (id == null) {
                throw refuse(ImportProblem.invalid(
                        where + ".tenant", "no organization with alias '" + Excerpt.of(alias) + "'."));
            }
            return id;
        }

        private static void at(String where, Long epochMillis) {
            if (epochMillis != null && (epochMillis < 0 || epochMillis > MAX_EPOCH_MILLIS)) {
                throw refuse(ImportProblem.invalid(
                        where,
                        "epoch milliseconds from 0 to " + MAX_EPOCH_MILLIS + " (year 9999), not " + epochMillis + "."));
            }
        }

        private static void who(String where, String id) {
            if (id != null && (id.isBlank() || id.length() > MAX_WHO_CHARS)) {
                throw refuse(ImportProblem.invalid(where, "1 to " + MAX_WHO_CHARS + " characters."));
            }
        }

        /** A document's verified claim without a method was verified on its source's word: ADMIN. */
        private static VerificationMethod method(String where, String method) {
            return VerificationMethod.parse(method, VerificationMethod.ADMIN)
                    .orElseThrow(() -> refuse(ImportProblem.invalid(
                            where + ".verificationMethod", "DNS or ADMIN, not '" + Excerpt.of(method) + "'.")));
        }

        private static boolean same(ClaimWrite write, StoredClaim old) {
            return write.includeSubdomains() == old.includeSubdomains()
                    && write.verified() == old.verified()
                    && Objects.equals(write.verificationMethod(), old.verificationMethod())
                    && Objects.equals(write.verificationToken(), old.verificationToken())
                    && write.createdAt() == old.createdAt()
                    && Objects.equals(write.verifiedAt(), old.verifiedAt())
                    && Objects.equals(write.createdBy(), old.createdBy())
                    && Objects.equals(write.verifiedBy(), old.verifiedBy());
        }

        private static String key(String organizationId, String name) {
            return organizationId + '\n' + name;
        }

        private static ImportSummary.Counts counts(int[] counts) {
            return new ImportSummary.Counts(counts[0], counts[1], counts[2]);
        }
    }

    private static Refusal refuse(ImportProblem problem) {
        return new Refusal(problem);
    }

    /** Ends a decision at its first problem. */
    private static final class Refusal extends RuntimeException {

        private final transient ImportProblem problem;

        Refusal(ImportProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}

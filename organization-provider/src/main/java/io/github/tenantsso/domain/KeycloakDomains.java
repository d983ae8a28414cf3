package io.github.tenantsso.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelValidationException;
import org.keycloak.models.OrganizationDomainModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.jpa.entities.OrganizationDomainEntity;
import org.keycloak.models.jpa.entities.OrganizationEntity;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;

/**
 * Keeps Keycloak's own organization domains ({@code ORG_DOMAIN}, the admin console's Organizations page) showing what
 * {@link KeycloakDomain} decides from the pack's claims. Writes through Keycloak's organization model, so its cache
 * and its own rules apply; that model fires no event the pack listens to, so a write here starts no round trip.
 * Names no claim of the realm covers are left as they are.
 */
public final class KeycloakDomains {

    private static final Logger LOG = Logger.getLogger(KeycloakDomains.class);
    private static final int CHUNK = 1000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final DomainClaims claims;

    /** @param claims the realm's claims, which Keycloak's domains follow */
    public KeycloakDomains(KeycloakSession session, RealmModel realm, DomainClaims claims) {
        this.session = session;
        this.realm = realm;
        this.claims = claims;
    }

    /** What the pack shows in Keycloak for one organization: its names, each with Keycloak's verified flag. */
    public Map<String, Boolean> shownFor(String organizationId) {
        Set<String> domains = claims().ofTenant(organizationId).stream()
                .map(DomainClaim::domain)
                .collect(Collectors.toSet());
        Map<String, Boolean> shown = new LinkedHashMap<>();
        decide(domains).forEach(outcome -> {
            if (outcome.organizationId().equals(organizationId)) {
                shown.put(outcome.name(), outcome.verified());
            }
        });
        return shown;
    }

    /**
     * Makes every organization's Keycloak domains agree with the claims on {@code domains} (normalized): the tenant a
     * domain is shown for gets it, every other organization loses it. Writes through Keycloak's model, so its checks
     * apply; organizations that lose a name are written first, since Keycloak refuses a name another one still holds.
     */
    public void follow(Collection<String> domains) {
        if (domains.isEmpty()) {
            return;
        }
        Set<String> managed = new LinkedHashSet<>(domains);
        Map<String, Map<String, Boolean>> shown = shown(managed);
        OrganizationProvider provider = session.getProvider(OrganizationProvider.class);
        List<Runnable> losing = new ArrayList<>();
        List<Runnable> gaining = new ArrayList<>();
        for (String id : organizations(managed, shown)) {
            OrganizationModel organization = provider.getById(id);
            if (organization == null) {
                continue;
            }
            Map<String, Boolean> current = new LinkedHashMap<>();
            organization.getDomains().forEach(d -> current.put(d.getName(), d.isVerified()));
            Map<String, Boolean> desired = desired(current, managed, shown.getOrDefault(id, Map.of()));
            if (!desired.equals(current)) {
                Set<OrganizationDomainModel> models = desired.entrySet().stream()
                        .map(e -> new OrganizationDomainModel(e.getKey(), e.getValue()))
                        .collect(Collectors.toSet());
                (desired.keySet().containsAll(current.keySet()) ? gaining : losing)
                        .add(() -> write(organization, models));
            }
        }
        losing.forEach(Runnable::run);
        gaining.forEach(Runnable::run);
    }

    /**
     * {@link #follow} for an import's many domains, writing Keycloak's domain rows directly. Keycloak's model checks
     * each name it is given with a query of its own, one per name, which at 100,000 claims would take longer than the
     * import itself; the decision here already keeps each name to one organization. Keycloak's cached copy of each
     * changed organization is dropped through its model.
     */
    public void followInBulk(Collection<String> domains) {
        if (domains.isEmpty()) {
            return;
        }
        Set<String> managed = new LinkedHashSet<>(domains);
        Map<String, Map<String, Boolean>> shown = shown(managed);
        Set<String> organizations = organizations(managed, shown);
        Map<String, Map<String, Boolean>> current = new HashMap<>();
        List<String> ids = List.copyOf(organizations);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em().createQuery(
                            "select d.organization.id, d.name, d.verified from OrganizationDomainEntity d"
                                    + " where d.organization.id in :ids",
                            Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(row -> current.computeIfAbsent((String) row[0], id -> new LinkedHashMap<>())
                            .put((String) row[1], Boolean.TRUE.equals(row[2])));
        }
        OrganizationProvider provider = session.getProvider(OrganizationProvider.class);
        for (String id : organizations) {
            Map<String, Boolean> before = current.getOrDefault(id, Map.of());
            Map<String, Boolean> desired = desired(before, managed, shown.getOrDefault(id, Map.of()));
            if (!desired.equals(before)) {
                writeRows(provider, id, desired);
            }
        }
        // Now, while the import's JDBC batches are on, rather than row by row when the transaction commits.
        em().flush();
    }

    /** The organization's names no claim on {@code managed} covers, as they are, and those the decision shows for it. */
    private static Map<String, Boolean> desired(
            Map<String, Boolean> current, Set<String> managed, Map<String, Boolean> shown) {
        Map<String, Boolean> desired = new LinkedHashMap<>();
        current.forEach((name, verified) -> {
            if (!managed.contains(domainOf(name))) {
                desired.put(name, verified);
            }
        });
        desired.putAll(shown);
        return desired;
    }

    private Map<String, Map<String, Boolean>> shown(Set<String> managed) {
        Map<String, Map<String, Boolean>> shown = new HashMap<>();
        decide(managed)
                .forEach(outcome -> shown.computeIfAbsent(outcome.organizationId(), id -> new LinkedHashMap<>())
                        .put(outcome.name(), outcome.verified()));
        return shown;
    }

    /** The organizations that may get or lose one of {@code managed}. */
    private Set<String> organizations(Set<String> managed, Map<String, Map<String, Boolean>> shown) {
        Set<String> organizations = new LinkedHashSet<>(shown.keySet());
        organizations.addAll(holders(managed));
        return organizations;
    }

    private void writeRows(OrganizationProvider provider, String id, Map<String, Boolean> desired) {
        OrganizationModel cached = provider.getById(id);
        if (cached == null) {
            return;
        }
        // Keycloak's model drops a cached organization only on a write through it: an unchanged description checks
        // nothing.
        cached.setDescription(cached.getDescription());
        OrganizationEntity entity = em().find(OrganizationEntity.class, id);
        entity.getDomains().removeIf(domain -> !desired.containsKey(domain.getName()));
        Set<String> present = new HashSet<>();
        entity.getDomains().forEach(domain -> {
            domain.setVerified(desired.get(domain.getName()));
            present.add(domain.getName());
        });
        desired.forEach((name, verified) -> {
            if (!present.contains(name)) {
                OrganizationDomainEntity domain = new OrganizationDomainEntity();
                domain.setId(KeycloakModelUtils.generateId());
                domain.setName(name);
                domain.setVerified(verified);
                domain.setOrganization(entity);
                entity.addDomain(domain);
            }
        });
    }

    /**
     * Reads the claims as plain rows, not entities: an import follows up to hundreds of thousands of domains, and
     * every managed entity would lengthen the transaction's final flush.
     */
    private List<KeycloakDomain.Shown> decide(Set<String> domains) {
        Map<String, List<KeycloakDomain.Claim>> byDomain = new LinkedHashMap<>();
        domains.forEach(domain -> byDomain.put(domain, new ArrayList<>()));
        List<String> all = List.copyOf(domains);
        for (int from = 0; from < all.size(); from += CHUNK) {
            // The realm is checked here rather than in the query, so that H2 looks the list up in the domain's own
            // index.
            em()
                    .createQuery(
                            "select c.realmId, c.domain, c.organizationId, c.includeSubdomains, c.status from DomainClaimEntity c"
                                    + " where c.domain in :domains",
                            Object[].class)
                    .setParameter("domains", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList()
                    .stream()
                    .filter(row -> realm.getId().equals(row[0]))
                    .forEach(row -> byDomain.get((String) row[1])
                            .add(new KeycloakDomain.Claim(
                                    (String) row[2],
                                    (Boolean) row[3],
                                    ClaimStatus.VERIFIED.name().equals(row[4]))));
        }
        List<KeycloakDomain.Shown> shown = new ArrayList<>();
        byDomain.forEach((domain, claims) -> {
            if (KeycloakDomain.decide(new KeycloakDomain.Input(domain, claims)) instanceof KeycloakDomain.Shown s) {
                shown.add(s);
            }
        });
        return shown;
    }

    /**
     * Organizations of the realm whose Keycloak domains hold one of {@code domains}, plain or as a wildcard: an index
     * lookup per name on the pack's index of {@code ORG_DOMAIN.NAME} (changeset
     * {@code tenant-sso-1.2-org-domain-name-index}), without which each call scanned every domain row.
     */
    private Set<String> holders(Set<String> domains) {
        List<String> names = new ArrayList<>();
        domains.forEach(domain -> {
            names.add(domain);
            names.add(KeycloakDomain.name(domain, true));
        });
        Set<String> holders = new LinkedHashSet<>();
        for (int from = 0; from < names.size(); from += CHUNK) {
            holders.addAll(em().createQuery(
                            "select distinct d.organization.id from OrganizationDomainEntity d"
                                    + " where d.organization.realmId = :realmId and d.name in :names",
                            String.class)
                    .setParameter("realmId", realm.getId())
                    .setParameter("names", names.subList(from, Math.min(names.size(), from + CHUNK)))
                    .getResultList());
        }
        return holders;
    }

    /**
     * Keycloak's list is a view of the claims, so its refusal never fails the pack's write: should Keycloak refuse a
     * name (validating it, it checks before it changes anything), the claim stays written and routes, and the
     * organization's list stays as it was.
     */
    private void write(OrganizationModel organization, Set<OrganizationDomainModel> domains) {
        try {
            organization.setDomains(domains);
        } catch (ModelValidationException e) {
            LOG.warnf(
                    "Realm %s: Keycloak's domains of organization %s stay as they were: %s",
                    realm.getName(), organization.getAlias(), e.getMessage());
        }
    }

    /** The normalized domain a Keycloak name stands for, or the name itself when the pack would refuse it. */
    private static String domainOf(String name) {
        String bare =
                name.startsWith(KeycloakDomain.WILDCARD) ? name.substring(KeycloakDomain.WILDCARD.length()) : name;
        try {
            return DomainName.parse(bare).value();
        } catch (InvalidDomainException e) {
            return name;
        }
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    private DomainClaims claims() {
        return claims;
    }
}

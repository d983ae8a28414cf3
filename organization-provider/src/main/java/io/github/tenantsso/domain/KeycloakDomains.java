package io.github.tenantsso.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.github.tenantsso.model.TenantSso;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelValidationException;
import org.keycloak.models.OrganizationDomainModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
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

    public KeycloakDomains(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** What the pack shows in Keycloak for one organization: its names, each with Keycloak's verified flag. */
    public Map<String, Boolean> shownFor(String organizationId) {
        Set<String> domains = claims().ofTenant(organizationId).stream().map(DomainClaimEntity::getDomain).collect(Collectors.toSet());
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
     * domain is shown for gets it, every other organization loses it. Organizations that lose a name are written
     * first, since Keycloak refuses a name another organization still holds.
     */
    public void follow(Collection<String> domains) {
        if (domains.isEmpty()) {
            return;
        }
        Set<String> managed = new LinkedHashSet<>(domains);
        Map<String, Map<String, Boolean>> shown = new HashMap<>();
        decide(managed).forEach(outcome -> shown.computeIfAbsent(outcome.organizationId(), id -> new LinkedHashMap<>())
                .put(outcome.name(), outcome.verified()));
        Set<String> organizations = new LinkedHashSet<>(shown.keySet());
        organizations.addAll(holders(managed));

        OrganizationProvider provider = session.getProvider(OrganizationProvider.class);
        List<Runnable> losing = new ArrayList<>();
        List<Runnable> gaining = new ArrayList<>();
        for (String id : organizations) {
            OrganizationModel organization = provider.getById(id);
            if (organization == null) {
                continue;
            }
            Map<String, Boolean> current = new LinkedHashMap<>();
            organization.getDomains().forEach(d -> current.put(d.getName(), d.isVerified()));
            Map<String, Boolean> desired = new LinkedHashMap<>();
            current.forEach((name, verified) -> {
                if (!managed.contains(domainOf(name))) {
                    desired.put(name, verified);
                }
            });
            desired.putAll(shown.getOrDefault(id, Map.of()));
            if (!desired.equals(current)) {
                Set<OrganizationDomainModel> models = desired.entrySet().stream()
                        .map(e -> new OrganizationDomainModel(e.getKey(), e.getValue())).collect(Collectors.toSet());
                (desired.keySet().containsAll(current.keySet()) ? gaining : losing).add(() -> write(organization, models));
            }
        }
        losing.forEach(Runnable::run);
        gaining.forEach(Runnable::run);
    }

    private List<KeycloakDomain.Shown> decide(Set<String> domains) {
        Map<String, List<KeycloakDomain.Claim>> byDomain = new LinkedHashMap<>();
        domains.forEach(domain -> byDomain.put(domain, new ArrayList<>()));
        List<String> all = List.copyOf(domains);
        for (int from = 0; from < all.size(); from += CHUNK) {
            claims().ofDomains(all.subList(from, Math.min(all.size(), from + CHUNK))).forEach(claim -> byDomain.get(claim.getDomain())
                    .add(new KeycloakDomain.Claim(claim.getOrganizationId(), claim.isIncludeSubdomains(),
                            ClaimStatus.VERIFIED.name().equals(claim.getStatus()))));
        }
        List<KeycloakDomain.Shown> shown = new ArrayList<>();
        byDomain.forEach((domain, claims) -> {
            if (KeycloakDomain.decide(new KeycloakDomain.Input(domain, claims)) instanceof KeycloakDomain.Shown s) {
                shown.add(s);
            }
        });
        return shown;
    }

    /** Organizations of the realm whose Keycloak domains hold one of {@code domains}, plain or as a wildcard. */
    private Set<String> holders(Set<String> domains) {
        List<String> names = new ArrayList<>();
        domains.forEach(domain -> {
            names.add(domain);
            names.add(KeycloakDomain.name(domain, true));
        });
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Set<String> holders = new LinkedHashSet<>();
        for (int from = 0; from < names.size(); from += CHUNK) {
            holders.addAll(em.createQuery("select distinct d.organization.id from OrganizationDomainEntity d"
                            + " where d.organization.realmId = :realmId and d.name in :names", String.class)
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
            LOG.warnf("Realm %s: Keycloak's domains of organization %s stay as they were: %s", realm.getName(), organization.getAlias(), e.getMessage());
        }
    }

    /** The normalized domain a Keycloak name stands for, or the name itself when the pack would refuse it. */
    private static String domainOf(String name) {
        String bare = name.startsWith(KeycloakDomain.WILDCARD) ? name.substring(KeycloakDomain.WILDCARD.length()) : name;
        try {
            return DomainName.parse(bare).value();
        } catch (InvalidDomainException e) {
            return name;
        }
    }

    private DomainClaims claims() {
        return session.getProvider(TenantSso.class).claims(realm);
    }
}

package io.github.tenantsso.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an edit of an organization's domains in Keycloak (admin console, admin API) means for the pack's claims of
 * that organization. {@code before} is what the pack showed in Keycloak for it ({@link KeycloakDomain}), {@code after}
 * the names Keycloak holds now, {@code claimed} the domains the organization already claims (normalized):
 *
 * <ul>
 *   <li>a name that is new and that the pack accepts as a domain becomes a pending claim (with subdomains for
 *       Keycloak's {@code *.} name); Keycloak's verified flag is not taken as a verification, which only DNS or the
 *       pack's admin API gives;</li>
 *   <li>a shown domain that is gone deletes the organization's claim on it;</li>
 *   <li>a name the pack refuses (a public suffix, a single label) is {@link Refused}: it stays in Keycloak, routes
 *       nothing, and is no claim;</li>
 *   <li>a changed verified flag or wildcard changes no claim: the pack's next write of the domain shows its own state
 *       again.</li>
 * </ul>
 */
public final class KeycloakDomainEdit {

    private KeycloakDomainEdit() {}

    public record Input(Set<String> before, Set<String> after, Set<String> claimed) {}

    public record NewClaim(DomainName domain, boolean includeSubdomains) {}

    public record Refused(String name, String reason) {}

    /** {@code domains}: every domain of the edit, before or after, whose Keycloak side is to show the pack's again. */
    public record Outcome(
            List<NewClaim> claims, List<DomainName> deletions, List<Refused> refused, Set<String> domains) {}

    public static Outcome decide(Input input) {
        Map<DomainName, Boolean> after = new LinkedHashMap<>();
        List<Refused> refused = new ArrayList<>();
        for (String name : input.after()) {
            boolean wildcard = name.startsWith(KeycloakDomain.WILDCARD);
            try {
                after.putIfAbsent(
                        DomainName.parse(wildcard ? name.substring(KeycloakDomain.WILDCARD.length()) : name), wildcard);
            } catch (InvalidDomainException e) {
                refused.add(new Refused(name, e.getMessage()));
            }
        }
        List<NewClaim> claims = new ArrayList<>();
        after.forEach((domain, wildcard) -> {
            if (!input.claimed().contains(domain.value())) {
                claims.add(new NewClaim(domain, wildcard));
            }
        });
        List<DomainName> deletions = new ArrayList<>();
        Set<String> domains = new LinkedHashSet<>();
        after.keySet().forEach(domain -> domains.add(domain.value()));
        for (String name : input.before()) {
            DomainName domain = DomainName.ofStored(
                    name.startsWith(KeycloakDomain.WILDCARD) ? name.substring(KeycloakDomain.WILDCARD.length()) : name);
            if (!after.containsKey(domain) && !deletions.contains(domain)) {
                deletions.add(domain);
            }
            domains.add(domain.value());
        }
        return new Outcome(claims, deletions, refused, domains);
    }
}

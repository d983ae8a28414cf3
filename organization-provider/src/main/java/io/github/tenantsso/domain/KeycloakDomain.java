package io.github.tenantsso.domain;

import java.util.List;

/**
 * Which organization Keycloak's own domain list ({@code ORG_DOMAIN}) shows a claimed domain for. Keycloak lets a
 * domain name belong to one organization of a realm, the pack lets several tenants claim it, so the list can only
 * mirror a domain one tenant holds alone:
 *
 * <table>
 *   <caption>claims of the realm on one domain → what Keycloak shows</caption>
 *   <tr><th>verified claims</th><th>pending claims</th><th>Keycloak shows</th></tr>
 *   <tr><td>one</td><td>any</td><td>the domain, verified, for that tenant (the only one it routes to)</td></tr>
 *   <tr><td>two or more (domain sharing)</td><td>any</td><td>nothing: {@link Shared}</td></tr>
 *   <tr><td>none</td><td>one</td><td>the domain, not verified, for that tenant</td></tr>
 *   <tr><td>none</td><td>two or more</td><td>nothing: {@link Contested}</td></tr>
 * </table>
 *
 * The realm's sharing flag does not enter: without sharing the database already allows one verified claim, and a
 * switch of the flag changes no claim, so what Keycloak shows follows from the claims alone. A claim with subdomains
 * is Keycloak's wildcard name {@code *.domain}, which Keycloak 26.7 matches against the domain and its subdomains.
 */
public final class KeycloakDomain {

    static final String WILDCARD = "*.";

    private KeycloakDomain() {}

    /** One claim on the domain: its tenant, whether it covers subdomains, whether it is verified. */
    public record Claim(String organizationId, boolean includeSubdomains, boolean verified) {}

    public record Input(String domain, List<Claim> claims) {}

    public sealed interface Outcome {}

    /** Keycloak shows {@code name} for {@code organizationId}, with Keycloak's {@code verified} flag. */
    public record Shown(String organizationId, String name, boolean verified) implements Outcome {}

    /** Verified by several tenants: no organization of Keycloak's list may have it. */
    public record Shared() implements Outcome {}

    /** Claimed by several tenants and verified by none: whichever Keycloak showed would be a guess. */
    public record Contested() implements Outcome {}

    /** No claim is left on the domain. */
    public record Unclaimed() implements Outcome {}

    public static Outcome decide(Input input) {
        List<Claim> verified = input.claims().stream().filter(Claim::verified).toList();
        if (verified.size() > 1) {
            return new Shared();
        }
        List<Claim> candidates = verified.isEmpty() ? input.claims() : verified;
        if (candidates.isEmpty()) {
            return new Unclaimed();
        }
        if (candidates.size() > 1) {
            return new Contested();
        }
        Claim claim = candidates.get(0);
        return new Shown(claim.organizationId(), name(input.domain(), claim.includeSubdomains()), claim.verified());
    }

    /** Keycloak's name for a claim on {@code domain} (normalized). */
    public static String name(String domain, boolean includeSubdomains) {
        return includeSubdomains ? WILDCARD + domain : domain;
    }
}

package io.github.tenantsso.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenantsso.domain.DomainName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainIndexTest {

    private static final boolean SUBDOMAINS = true;
    private static final boolean EXACT = false;
    private static final boolean VERIFIED = true;
    private static final boolean UNVERIFIED = false;

    private final List<TenantRow> tenants = new ArrayList<>();
    private final List<DomainClaimRow> claims = new ArrayList<>();
    private final List<ConnectionRow> connections = new ArrayList<>();
    private final List<TrustRow> trusts = new ArrayList<>();

    @Test
    void routesSingleTenantDomainToItsConnection() {
        tenant("acme");
        claim("acme", "acme.com", EXACT, VERIFIED, 1);
        connection("acme-oidc", "acme", 5);

        assertThat(candidates("acme.com")).containsExactly(new Candidate("acme-oidc", "acme", "acme", false, 5));
        assertThat(tenantsClaiming("acme.com")).containsExactly("acme");
    }

    @Test
    void neverRoutesThroughAnUnverifiedClaim() {
        tenant("acme");
        tenant("squatter");
        claim("squatter", "acme.com", SUBDOMAINS, UNVERIFIED, 0);
        connection("squatter-oidc", "squatter", 0);
        trust("acme", "squatter-oidc");

        assertThat(candidates("acme.com")).isEmpty();
        assertThat(candidates("eu.acme.com")).isEmpty();
        assertThat(tenantsClaiming("acme.com")).isEmpty();
        assertThat(index().domainCount()).isZero();
    }

    @Test
    void ignoresClaimsOfDisabledTenants() {
        tenants.add(new TenantRow("acme", "acme", false));
        claim("acme", "acme.com", SUBDOMAINS, VERIFIED, 1);
        connection("acme-oidc", "acme", 1);

        assertThat(candidates("acme.com")).isEmpty();
        assertThat(tenantsClaiming("acme.com")).isEmpty();
    }

    @Test
    void matchesSubdomainsOnlyWhenTheClaimIncludesThem() {
        tenant("acme");
        tenant("globex");
        claim("acme", "acme.com", SUBDOMAINS, VERIFIED, 1);
        claim("globex", "globex.com", EXACT, VERIFIED, 1);
        connection("acme-oidc", "acme", 1);
        connection("globex-saml", "globex", 1);

        assertThat(aliases("a.b.acme.com")).containsExactly("acme-oidc");
        assertThat(aliases("eu.globex.com")).isEmpty();
        assertThat(aliases("globex.com")).containsExactly("globex-saml");
    }

    @Test
    void prefersTheMostSpecificVerifiedClaim() {
        tenant("acme");
        tenant("acme-eu");
        claim("acme", "acme.com", SUBDOMAINS, VERIFIED, 1);
        claim("acme-eu", "eu.acme.com", SUBDOMAINS, VERIFIED, 2);
        connection("acme-oidc", "acme", 1);
        connection("acme-eu-saml", "acme-eu", 1);

        assertThat(aliases("eu.acme.com")).containsExactly("acme-eu-saml");
        assertThat(aliases("paris.eu.acme.com")).containsExactly("acme-eu-saml");
        assertThat(tenantsClaiming("paris.eu.acme.com")).containsExactly("acme-eu");
        assertThat(aliases("us.acme.com")).containsExactly("acme-oidc");
    }

    @Test
    void fallsBackToTheParentWhenTheSpecificClaimExcludesSubdomains() {
        tenant("acme");
        tenant("acme-eu");
        claim("acme", "acme.com", SUBDOMAINS, VERIFIED, 1);
        claim("acme-eu", "eu.acme.com", EXACT, VERIFIED, 2);
        connection("acme-oidc", "acme", 1);
        connection("acme-eu-saml", "acme-eu", 1);

        assertThat(aliases("eu.acme.com")).containsExactly("acme-eu-saml");
        assertThat(aliases("paris.eu.acme.com")).containsExactly("acme-oidc");
    }

    @Test
    void anUnverifiedClaimDoesNotShadowAVerifiedParentClaim() {
        tenant("acme");
        tenant("squatter");
        claim("acme", "acme.com", SUBDOMAINS, VERIFIED, 1);
        claim("squatter", "eu.acme.com", SUBDOMAINS, UNVERIFIED, 0);
        connection("acme-oidc", "acme", 1);
        connection("squatter-oidc", "squatter", 1);

        assertThat(aliases("eu.acme.com")).containsExactly("acme-oidc");
    }

    @Test
    void returnsTenantsWithoutConnectionsAsClaimingTenants() {
        tenant("initech");
        tenant("acme");
        claim("initech", "initech.com", EXACT, VERIFIED, 1);
        claim("initech", "shared.com", EXACT, VERIFIED, 1);
        claim("acme", "shared.com", EXACT, VERIFIED, 2);
        connection("acme-oidc", "acme", 1);

        assertThat(tenantsClaiming("initech.com")).containsExactly("initech");
        assertThat(candidates("initech.com")).isEmpty();
        assertThat(tenantsClaiming("shared.com")).containsExactly("initech", "acme");
        assertThat(aliases("shared.com")).containsExactly("acme-oidc");
    }

    @Test
    void aClaimWithoutConnectionsStillDecidesItsLevel() {
        tenant("acme");
        tenant("acme-eu");
        claim("acme", "acme.com", SUBDOMAINS, VERIFIED, 1);
        claim("acme-eu", "eu.acme.com", EXACT, VERIFIED, 2);
        connection("acme-oidc", "acme", 1);

        assertThat(tenantsClaiming("eu.acme.com")).containsExactly("acme-eu");
        assertThat(candidates("eu.acme.com")).isEmpty();
    }

    @Test
    void offersConnectionsTheClaimingTenantTrusts() {
        tenant("acme");
        tenant("partner");
        claim("partner", "partner.com", EXACT, VERIFIED, 1);
        connection("acme-oidc", "acme", 7);
        trust("partner", "acme-oidc");

        assertThat(candidates("partner.com")).containsExactly(new Candidate("acme-oidc", "acme", "partner", true, 7));
        assertThat(tenantsClaiming("partner.com")).containsExactly("partner");
    }

    @Test
    void ignoresConnectionsOfDisabledTenantsEvenWhenTrusted() {
        tenant("partner");
        tenants.add(new TenantRow("acme", "acme", false));
        claim("partner", "partner.com", EXACT, VERIFIED, 1);
        connection("acme-oidc", "acme", 1);
        trust("partner", "acme-oidc");

        assertThat(candidates("partner.com")).isEmpty();
        assertThat(tenantsClaiming("partner.com")).containsExactly("partner");
    }

    @Test
    void ignoresDisabledConnectionsOwnedOrTrusted() {
        tenant("acme");
        tenant("partner");
        claim("acme", "acme.com", EXACT, VERIFIED, 1);
        claim("partner", "partner.com", EXACT, VERIFIED, 1);
        connections.add(new ConnectionRow("acme-oidc", "acme", false, 1));
        connection("acme-saml", "acme", 2);
        trust("partner", "acme-oidc");

        assertThat(aliases("acme.com")).containsExactly("acme-saml");
        assertThat(candidates("partner.com")).isEmpty();
    }

    @Test
    void ignoresRowsReferringToUnknownTenantsOrConnections() {
        tenant("acme");
        claim("ghost", "ghost.com", SUBDOMAINS, VERIFIED, 1);
        claim("acme", "acme.com", EXACT, VERIFIED, 1);
        connection("ghost-oidc", "ghost", 1);
        trust("acme", "ghost-oidc");
        trust("acme", "missing-saml");
        trust("ghost", "acme-oidc");
        connection("acme-oidc", "acme", 1);

        assertThat(candidates("ghost.com")).isEmpty();
        assertThat(aliases("acme.com")).containsExactly("acme-oidc");
        assertThat(index().domainCount()).isEqualTo(1);
    }

    @Test
    void listsASharedConnectionOnce() {
        tenant("acme");
        tenant("partner-a");
        tenant("partner-b");
        claim("partner-b", "shared.com", EXACT, VERIFIED, 2);
        claim("partner-a", "shared.com", EXACT, VERIFIED, 1);
        connection("acme-oidc", "acme", 1);
        trust("partner-b", "acme-oidc");
        trust("partner-a", "acme-oidc");
        trust("partner-a", "acme-oidc");

        assertThat(candidates("shared.com")).containsExactly(new Candidate("acme-oidc", "acme", "partner-a", true, 1));
    }

    @Test
    void prefersTheOwnerEntryOfAConnectionThatIsAlsoTrusted() {
        tenant("acme");
        tenant("partner");
        claim("partner", "shared.com", EXACT, VERIFIED, 1);
        claim("acme", "shared.com", EXACT, VERIFIED, 2);
        connection("acme-oidc", "acme", 1);
        connection("partner-saml", "partner", 1);
        trust("partner", "acme-oidc");
        trust("acme", "acme-oidc");

        assertThat(candidates("shared.com"))
                .containsExactly(
                        new Candidate("partner-saml", "partner", "partner", false, 1),
                        new Candidate("acme-oidc", "acme", "acme", false, 1));
    }

    @Test
    void ordersTenantsByTheirClaimsCreationThenById() {
        tenant("c");
        tenant("b");
        tenant("a");
        claim("c", "shared.com", EXACT, VERIFIED, 1);
        claim("b", "shared.com", EXACT, VERIFIED, 2);
        claim("a", "shared.com", EXACT, VERIFIED, 2);
        connection("a-oidc", "a", 0);
        connection("b-oidc", "b", 0);
        connection("c-oidc", "c", 9);

        assertThat(tenantsClaiming("shared.com")).containsExactly("c", "a", "b");
        assertThat(aliases("shared.com")).containsExactly("c-oidc", "a-oidc", "b-oidc");
    }

    @Test
    void ordersATenantsOwnedConnectionsBeforeTrustedOnesThenByCreationThenAlias() {
        tenant("acme");
        tenant("other");
        claim("acme", "acme.com", EXACT, VERIFIED, 1);
        connection("other-early", "other", 0);
        connection("acme-late", "acme", 9);
        connection("acme-b", "acme", 3);
        connection("acme-a", "acme", 3);
        trust("acme", "other-early");

        assertThat(aliases("acme.com")).containsExactly("acme-a", "acme-b", "acme-late", "other-early");
    }

    @Test
    void ordersByATenantsEarliestMatchingClaim() {
        tenant("acme");
        tenant("globex");
        claim("acme", "shared.com", SUBDOMAINS, VERIFIED, 5);
        claim("acme", "shared.com", EXACT, VERIFIED, 1);
        claim("globex", "shared.com", SUBDOMAINS, VERIFIED, 3);

        assertThat(tenantsClaiming("shared.com")).containsExactly("acme", "globex");
        assertThat(tenantsClaiming("eu.shared.com")).containsExactly("globex", "acme");
    }

    @Test
    void sharesOneCandidateListAcrossATenantsDomains() {
        tenant("acme");
        claim("acme", "acme.com", SUBDOMAINS, VERIFIED, 1);
        claim("acme", "acme.org", EXACT, VERIFIED, 2);
        connection("acme-oidc", "acme", 1);
        DomainIndex index = index();

        assertThat(index.candidates(DomainName.parse("acme.org")))
                .isSameAs(index.candidates(DomainName.parse("acme.com")))
                .isSameAs(index.candidates(DomainName.parse("eu.acme.com")));
        assertThat(index.domainCount()).isEqualTo(2);
    }

    @Test
    void returnsNothingForAnUnclaimedDomain() {
        tenant("acme");
        claim("acme", "acme.com", SUBDOMAINS, VERIFIED, 1);
        connection("acme-oidc", "acme", 1);

        assertThat(candidates("acme.co.uk")).isEmpty();
        assertThat(candidates("notacme.com")).isEmpty();
        assertThat(tenantsClaiming("example.com")).isEmpty();
    }

    @Test
    void returnsUnmodifiableResults() {
        tenant("acme");
        claim("acme", "acme.com", EXACT, VERIFIED, 1);
        connection("acme-oidc", "acme", 1);
        DomainIndex index = index();
        DomainName acme = DomainName.parse("acme.com");

        assertThatThrownBy(() -> index.candidates(acme).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> index.tenantsClaiming(acme).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyRealmHasNoDomains() {
        DomainIndex index = index();

        assertThat(index.domainCount()).isZero();
        assertThat(index.candidates(DomainName.parse("acme.com"))).isEmpty();
    }

    @Test
    void rejectsNullCollectionsAndNullRows() {
        assertThatThrownBy(() -> DomainIndex.build(null, claims, connections, trusts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenants collection is null");
        assertThatThrownBy(() -> DomainIndex.build(tenants, claims, connections, Arrays.asList(new TrustRow[] {null})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trusts collection contains a null row");
    }

    @Test
    void rejectsTwoTenantsWithOneId() {
        tenant("acme");
        tenants.add(new TenantRow("acme", "acme-2", false));

        assertThatThrownBy(this::index)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'acme'");
    }

    @Test
    void rejectsTwoConnectionsWithOneAlias() {
        tenant("acme");
        tenant("globex");
        connection("sso", "acme", 1);
        connection("sso", "globex", 2);

        assertThatThrownBy(this::index)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sso'");
    }

    @Test
    void rowsRejectMissingIdsAndDomains() {
        assertThatThrownBy(() -> new TenantRow(" ", "acme", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenant row needs a non-blank id");
        assertThatThrownBy(() -> new DomainClaimRow("acme", null, false, true, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("domain claim row needs a domain");
        assertThatThrownBy(() -> new ConnectionRow("acme-oidc", null, true, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ownerTenantId");
        assertThatThrownBy(() -> new TrustRow("acme", "", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectionAlias");
    }

    private void tenant(String id) {
        tenants.add(new TenantRow(id, id, true));
    }

    private void claim(String tenantId, String domain, boolean includeSubdomains, boolean verified, long createdAt) {
        claims.add(new DomainClaimRow(tenantId, DomainName.parse(domain), includeSubdomains, verified, createdAt));
    }

    private void connection(String alias, String ownerTenantId, long createdAt) {
        connections.add(new ConnectionRow(alias, ownerTenantId, true, createdAt));
    }

    private void trust(String trustingTenantId, String connectionAlias) {
        trusts.add(new TrustRow(trustingTenantId, connectionAlias, 1));
    }

    private DomainIndex index() {
        return DomainIndex.build(tenants, claims, connections, trusts);
    }

    private List<Candidate> candidates(String emailDomain) {
        return index().candidates(DomainName.parse(emailDomain));
    }

    private List<String> aliases(String emailDomain) {
        return candidates(emailDomain).stream().map(Candidate::connectionAlias).toList();
    }

    private Set<String> tenantsClaiming(String emailDomain) {
        return index().tenantsClaiming(DomainName.parse(emailDomain));
    }
}

package io.github.tenantsso.it.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.tenantsso.branding.BrandingAttributes;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.vanity.VanityHost;
import io.github.tenantsso.vanity.VanityHosts;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realms that {@code run-demo.sh} imports, imported into the test server the same way.
 */
@KeycloakIntegrationTest
class DemoRealmsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "acme-idp", fromJson = "/demo/acme-idp-realm.json")
    ManagedRealm acmeIdp;

    @InjectRealm(ref = "globex-idp", fromJson = "/demo/globex-idp-realm.json")
    ManagedRealm globexIdp;

    @InjectRealm(ref = "saas", fromJson = "/demo/saas-realm.json")
    ManagedRealm saas;

    @Test
    void importsThreeTenantsEachWithItsVerifiedDomain() {
        Map<String, OrganizationRepresentation> tenants = tenantsByAlias();

        assertThat(tenants).containsOnlyKeys("acme", "globex", "initech");
        assertThat(tenants.values()).allSatisfy(tenant -> {
            assertThat(tenant.isEnabled()).isTrue();
            assertThat(tenant.getDomains()).singleElement()
                    .satisfies(domain -> assertThat(domain.isVerified()).isTrue())
                    .extracting(OrganizationDomainRepresentation::getName)
                    .isEqualTo(tenant.getAlias() + ".test");
        });
    }

    @Test
    void linksEachCustomerConnectionToItsTenantOnly() {
        Map<String, OrganizationRepresentation> tenants = tenantsByAlias();

        assertThat(connectionAliases(tenants.get("acme"))).containsExactly("acme-oidc");
        assertThat(connectionAliases(tenants.get("globex"))).containsExactly("globex-saml");
        assertThat(connectionAliases(tenants.get("initech"))).isEmpty();
    }

    @Test
    void makesThePasswordUserAMemberOfTheTenantWithoutSso() {
        OrganizationResource initech = saas.admin().organizations().get(tenantsByAlias().get("initech").getId());

        assertThat(initech.members().getAll()).extracting(MemberRepresentation::getUsername)
                .containsExactly("carol@initech.test");
    }

    @Test
    void importsThePacksClaimsAndBindingsFromTheRealmAttribute() {
        AdminApi api = new AdminApi(urls.getBase(), saas.getName(), () -> admin.tokenManager().getAccessTokenString());

        assertThat(api.get("/domains").json()).extracting(claim -> claim.path("domain").asText() + " " + claim.path("status").asText())
                .containsExactlyInAnyOrder("acme.test VERIFIED", "globex.test VERIFIED", "initech.test VERIFIED");
        assertThat(api.get("/connections").json()).extracting(c -> c.path("alias").asText() + " jit=" + c.path("jitEnabled").asBoolean())
                .containsExactlyInAnyOrder("acme-oidc jit=true", "globex-saml jit=true");
        assertThat(saas.admin().toRepresentation().getAttributes()).doesNotContainKey("tenant-sso");
    }

    @Test
    void brandsEveryDemoTenantWithValuesThePackAccepts() {
        assertThat(saas.admin().toRepresentation().getLoginTheme()).isEqualTo("tenant-sso");
        tenantsByAlias().values().forEach(brief -> {
            OrganizationRepresentation tenant = saas.admin().organizations().get(brief.getId()).toRepresentation();
            BrandingAttributes.Reading reading = BrandingAttributes.read(tenant.getAttributes(), tenant.getName());
            assertThat(reading.problems()).as(tenant.getAlias()).isEmpty();
            assertThat(reading.branding()).as(tenant.getAlias()).isPresent();
        });
        assertThat(saas.admin().organizations().get(tenantsByAlias().get("acme").getId()).toRepresentation().getAttributes()
                .get(VanityHosts.ATTRIBUTE))
                .singleElement().satisfies(host -> assertThat(VanityHost.parse(host).value()).isEqualTo(host));
    }

    @Test
    void customerIdpRealmsPublishTheEndpointsTheConnectionsUse() throws Exception {
        HttpResponse<String> oidc = get("/realms/" + acmeIdp.getName() + "/.well-known/openid-configuration");
        HttpResponse<String> saml = get("/realms/" + globexIdp.getName() + "/protocol/saml/descriptor");

        assertThat(oidc.statusCode()).isEqualTo(200);
        assertThat(oidc.body()).contains("/realms/acme-idp/protocol/openid-connect/token");
        assertThat(saml.statusCode()).isEqualTo(200);
        assertThat(saml.body()).contains("EntityDescriptor").contains("/realms/globex-idp");
    }

    @Test
    void initechsPasswordPageNamesNoOtherCustomerAndSignsInItsUser() {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(urls.getBase() + "/realms/saas/protocol/openid-connect/auth?client_id=account&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(urls.getBase() + "/realms/saas/account/", StandardCharsets.UTF_8));

        Page password = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "carol@initech.test"));

        assertThat(password.document().getElementById("password")).as(password.body()).isNotNull();
        assertThat(password.body()).doesNotContain("Acme", "Globex", "/broker/");
        Page done = browser.submit(password, "kc-form-login", Map.of("password", "carol"));
        assertThat(done.visitedPathContaining("code=")).as(done.body()).isTrue();
    }

    private Map<String, OrganizationRepresentation> tenantsByAlias() {
        return saas.admin().organizations().getAll().stream()
                .collect(Collectors.toMap(OrganizationRepresentation::getAlias, Function.identity()));
    }

    private List<String> connectionAliases(OrganizationRepresentation tenant) {
        return saas.admin().organizations().get(tenant.getId()).identityProviders().getIdentityProviders().stream()
                .map(IdentityProviderRepresentation::getAlias)
                .toList();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(urls.getBase() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package io.github.tenantsso.it.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.branding.BrandingAttributes;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.vanity.VanityHost;
import io.github.tenantsso.vanity.VanityHosts;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
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

/**
 * The realms that {@code run-demo.sh} imports, imported into the test server the same way.
 */
@KeycloakIntegrationTest
class DemoRealmsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The address the demo realms name for themselves. */
    private static final String DEMO = "http://127.0.0.1:8080";
    /** Any S256 challenge: the account console requires PKCE, and these logins never redeem a code. */
    private static final String PKCE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

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
    void importsFourTenantsEachWithItsVerifiedDomain() {
        Map<String, OrganizationRepresentation> tenants = tenantsByAlias();

        assertThat(tenants).containsOnlyKeys("acme", "globex", "initech", "acme-labs");
        // Keycloak's own list shows the pack's claims: Globex's includes its subdomains, Keycloak's "*." name; the
        // shared joint.test is shown for nobody, as Keycloak cannot give one domain to two organizations.
        Map<String, String> names = Map.of(
                "acme", "acme.test",
                "globex", "*.globex.test",
                "initech", "initech.test",
                "acme-labs", "acmelabs.test");
        assertThat(tenants.values()).allSatisfy(tenant -> {
            assertThat(tenant.isEnabled()).isTrue();
            assertThat(tenant.getDomains())
                    .singleElement()
                    .satisfies(domain -> assertThat(domain.isVerified()).isTrue())
                    .extracting(OrganizationDomainRepresentation::getName)
                    .isEqualTo(names.get(tenant.getAlias()));
        });
    }

    @Test
    void linksEachCustomerConnectionToItsTenantOnly() {
        Map<String, OrganizationRepresentation> tenants = tenantsByAlias();

        assertThat(connectionAliases(tenants.get("acme"))).containsExactly("acme-oidc");
        assertThat(connectionAliases(tenants.get("globex"))).containsExactly("globex-saml");
        assertThat(connectionAliases(tenants.get("initech"))).isEmpty();
        assertThat(connectionAliases(tenants.get("acme-labs"))).isEmpty();
    }

    @Test
    void makesThePasswordUserAMemberOfTheTenantWithoutSso() {
        OrganizationResource initech =
                saas.admin().organizations().get(tenantsByAlias().get("initech").getId());

        assertThat(initech.members().getAll())
                .extracting(MemberRepresentation::getUsername)
                .containsExactlyInAnyOrder("carol@initech.test", "dave@initech.test");
    }

    @Test
    void importsThePacksClaimsAndBindingsFromTheRealmAttribute() {
        AdminApi api = new AdminApi(
                urls.getBase(), saas.getName(), () -> admin.tokenManager().getAccessTokenString());

        assertThat(api.get("/domains").json())
                .extracting(claim -> claim.path("domain").asText() + " "
                        + claim.path("status").asText())
                .containsExactlyInAnyOrder(
                        "acme.test VERIFIED",
                        "joint.test VERIFIED",
                        "globex.test VERIFIED",
                        "joint.test VERIFIED",
                        "initech.test VERIFIED",
                        "acmelabs.test VERIFIED");
        assertThat(api.get("/connections").json())
                .extracting(c -> c.path("alias").asText() + " jit="
                        + c.path("jitEnabled").asBoolean())
                .containsExactlyInAnyOrder("acme-oidc jit=true", "globex-saml jit=true");
        assertThat(api.get("/trusts").json())
                .extracting(t -> t.path("connectionAlias").asText() + " jit="
                        + t.path("jitEnabled").asBoolean())
                .containsExactly("acme-oidc jit=true");
        assertThat(saas.admin().toRepresentation().getAttributes()).doesNotContainKey("tenant-sso");
    }

    @Test
    void brandsEveryDemoTenantWithValuesThePackAccepts() {
        assertThat(saas.admin().toRepresentation().getLoginTheme()).isEqualTo("tenant-sso");
        tenantsByAlias().values().forEach(brief -> {
            OrganizationRepresentation tenant =
                    saas.admin().organizations().get(brief.getId()).toRepresentation();
            BrandingAttributes.Reading reading = BrandingAttributes.read(tenant.getAttributes(), tenant.getName());
            assertThat(reading.problems()).as(tenant.getAlias()).isEmpty();
            assertThat(reading.branding()).as(tenant.getAlias()).isPresent();
        });
        assertThat(saas.admin()
                        .organizations()
                        .get(tenantsByAlias().get("acme").getId())
                        .toRepresentation()
                        .getAttributes()
                        .get(VanityHosts.ATTRIBUTE))
                .singleElement()
                .satisfies(host -> assertThat(VanityHost.parse(host).value()).isEqualTo(host));
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
    void refusesAnUnsignedSamlResponseThatForgesAUserOfAnotherDomain() {
        Browser browser = new Browser(DEMO);
        Page toGlobex = browser.open(DEMO
                + "/realms/saas/protocol/openid-connect/auth?client_id=account-console&response_type=code"
                + "&scope=openid&redirect_uri=" + encode(DEMO + "/realms/saas/account/") + "&kc_idp_hint=globex-saml"
                + "&code_challenge=" + PKCE_CHALLENGE + "&code_challenge_method=S256");
        Element request = toGlobex.document().selectFirst("form");
        assertThat(request).as(toGlobex.body()).isNotNull();
        String authnRequest = new String(
                Base64.getMimeDecoder()
                        .decode(request.select("input[name=SAMLRequest]").val()),
                StandardCharsets.UTF_8);
        String requestId = authnRequest.replaceAll("(?s).*<(?:\\w+:)?AuthnRequest[^>]*\\sID=\"([^\"]+)\".*", "$1");

        Page refused = browser.post(
                DEMO + "/realms/saas/broker/globex-saml/endpoint",
                Map.of(
                        "SAMLResponse",
                                Base64.getEncoder()
                                        .encodeToString(forgedResponse("mallory@initech.test", requestId)
                                                .getBytes(StandardCharsets.UTF_8)),
                        "RelayState", request.select("input[name=RelayState]").val()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.leftTo()).isNull();
        assertThat(saas.admin().users().search("mallory@initech.test", true)).isEmpty();
    }

    @Test
    void theReadmesIdpInitiatedUrlSignsBobInToGlobex() {
        Browser browser = new Browser(DEMO);
        Page login = browser.open(DEMO + "/realms/globex-idp/protocol/saml/clients/saas");
        Page assertion =
                browser.submit(login, "kc-form-login", Map.of("username", "bob@globex.test", "password", "bob"));
        assertThat(assertion.document().select("input[name=SAMLResponse]"))
                .as(assertion.body())
                .isNotEmpty();

        Page delivered = browser.autoPost(assertion);

        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(delivered.uri().toString()).startsWith(DEMO + "/realms/saas/account/");
        String bob = saas.admin().users().search("bob@globex.test", true).get(0).getId();
        AdminApi api = new AdminApi(
                urls.getBase(), saas.getName(), () -> admin.tokenManager().getAccessTokenString());
        assertThat(api.get("/users/" + bob + "/tenants")
                        .json()
                        .path("activeTenant")
                        .asText())
                .isEqualTo(tenantsByAlias().get("globex").getId());
    }

    /** What an attacker without Globex's key can send: a well-formed response, unsigned, naming whom they like. */
    private static String forgedResponse(String email, String inResponseTo) {
        Instant now = Instant.now();
        String endpoint = DEMO + "/realms/saas/broker/globex-saml/endpoint";
        String issuer = "<saml:Issuer>" + DEMO + "/realms/globex-idp</saml:Issuer>";
        return "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                + " ID=\"_forged-response\" Version=\"2.0\" IssueInstant=\"" + now + "\" Destination=\"" + endpoint
                + "\""
                + " InResponseTo=\"" + inResponseTo + "\">" + issuer
                + "<samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>"
                + "<saml:Assertion ID=\"_forged-assertion\" Version=\"2.0\" IssueInstant=\"" + now + "\">" + issuer
                + "<saml:Subject><saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">"
                + email + "</saml:NameID>"
                + "<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"><saml:SubjectConfirmationData InResponseTo=\""
                + inResponseTo + "\" NotOnOrAfter=\"" + now.plusSeconds(300) + "\" Recipient=\"" + endpoint
                + "\"/></saml:SubjectConfirmation>"
                + "</saml:Subject>"
                + "<saml:Conditions NotBefore=\"" + now.minusSeconds(60) + "\" NotOnOrAfter=\"" + now.plusSeconds(300)
                + "\">"
                + "<saml:AudienceRestriction><saml:Audience>" + DEMO
                + "/realms/saas</saml:Audience></saml:AudienceRestriction></saml:Conditions>"
                + "<saml:AuthnStatement AuthnInstant=\"" + now
                + "\" SessionIndex=\"forged\"><saml:AuthnContext><saml:AuthnContextClassRef>"
                + "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"
                + "<saml:AttributeStatement><saml:Attribute Name=\"email\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:basic\">"
                + "<saml:AttributeValue>" + email + "</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>"
                + "</saml:Assertion></samlp:Response>";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void initechsPasswordPageNamesNoOtherCustomerAndSignsInItsUser() {
        Browser browser = new Browser(urls.getBase());
        Page form = browser.open(urls.getBase()
                + "/realms/saas/protocol/openid-connect/auth?client_id=account&response_type=code&scope=openid"
                + "&redirect_uri="
                + URLEncoder.encode(urls.getBase() + "/realms/saas/account/", StandardCharsets.UTF_8));

        Page password = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "carol@initech.test"));

        assertThat(password.document().getElementById("password"))
                .as(password.body())
                .isNotNull();
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
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(urls.getBase() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

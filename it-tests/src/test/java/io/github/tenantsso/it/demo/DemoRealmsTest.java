package io.github.tenantsso.it.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.branding.BrandingAttributes;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.AppClient.Tokens;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.Tenants;
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
import org.keycloak.representations.idm.RoleRepresentation;
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
    /** The S256 challenge of {@link #PKCE_VERIFIER} (RFC 7636's example): the account console and demo-app need PKCE. */
    private static final String PKCE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static final String PKCE_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    /** Where the demo realm's client {@code demo-app} sends its codes: the sample application's page. */
    private static final String DEMO_APP_CALLBACK = DEMO + "/realms/saas/demo-app/";

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
    void givesEveryImportedUserTheRealmsDefaultRolesSoTheAccountConsoleLetsThemIn() {
        // A realm import grants no default roles by itself: without them the account console answers 401.
        assertThat(List.of("carol@initech.test", "dave@initech.test", "lee@acmelabs.test"))
                .allSatisfy(username -> assertThat(saas.admin()
                                .users()
                                .get(userId(username))
                                .roles()
                                .realmLevel()
                                .listAll())
                        .extracting(RoleRepresentation::getName)
                        .as(username)
                        .contains("default-roles-saas"));
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
        // Globex keeps passwords for its password users (dave); the tenants with SSO are SSO only by default.
        assertThat(api.get("/tenants/" + tenantsByAlias().get("globex").getId() + "/policy")
                        .json()
                        .path("signInMethods")
                        .asText())
                .isEqualTo("SSO_WITH_PASSWORD_FALLBACK");
        assertThat(api.get("/tenants/" + tenantsByAlias().get("acme").getId() + "/policy")
                        .json()
                        .path("signInMethods")
                        .asText())
                .isEqualTo("SSO_ONLY");
        assertThat(api.get("/tenants/" + tenantsByAlias().get("acme-labs").getId() + "/policy")
                        .json()
                        .path("signInMethods")
                        .asText())
                .as("trusts an enabled connection")
                .isEqualTo("SSO_ONLY");
        assertThat(api.get("/tenants/" + tenantsByAlias().get("initech").getId() + "/policy")
                        .json()
                        .path("signInMethods")
                        .asText())
                .isEqualTo("SSO_WITH_PASSWORD_FALLBACK");
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

    @Test
    void aSharedDomainWithoutHintGetsTheSharedDomainPageNamingNoTenant() {
        Browser browser = new Browser(DEMO);

        Page blocked = browser.submit(
                browser.open(accountConsoleLogin("")),
                "kc-tenant-sso-email-form",
                Map.of("username", "dana@joint.test"));

        assertThat(blocked.document().getElementById("kc-tenant-sso-blocked"))
                .as(blocked.body())
                .isNotNull();
        assertThat(blocked.body()).doesNotContain("Acme", "Globex", "/broker/");
        assertThat(blocked.visitedPathContaining("-idp/")).isFalse();
    }

    @Test
    void theTenantIdHintRoutesTheSharedDomainToThatTenantsConnection() {
        Browser atAcme = new Browser(DEMO);
        Page acmeLogin = atAcme.submit(
                atAcme.open(accountConsoleLogin("&tenantId=acme")),
                "kc-tenant-sso-email-form",
                Map.of("username", "dana@joint.test"));
        assertThat(acmeLogin.uri().toString()).as(acmeLogin.body()).startsWith(DEMO + "/realms/acme-idp/");
        Page inAcme =
                atAcme.submit(acmeLogin, "kc-form-login", Map.of("username", "dana@joint.test", "password", "dana"));
        assertThat(inAcme.visitedPathContaining("code=")).as(inAcme.body()).isTrue();
        assertThat(tenantsOf("dana@joint.test")).containsExactly("acme");

        Browser atGlobex = new Browser(DEMO);
        Page toGlobex = atGlobex.submit(
                atGlobex.open(accountConsoleLogin("&tenantId=globex")),
                "kc-tenant-sso-email-form",
                Map.of("username", "gus@joint.test"));
        Page globexLogin = atGlobex.autoPost(toGlobex);
        assertThat(globexLogin.uri().toString()).as(globexLogin.body()).startsWith(DEMO + "/realms/globex-idp/");
        Page assertion =
                atGlobex.submit(globexLogin, "kc-form-login", Map.of("username", "gus@joint.test", "password", "gus"));
        Page inGlobex = atGlobex.autoPost(assertion);
        assertThat(inGlobex.visitedPathContaining("code=")).as(inGlobex.body()).isTrue();
        assertThat(tenantsOf("gus@joint.test")).containsExactly("globex");
    }

    @Test
    void aHintOfATenantThatDoesNotClaimTheDomainDoesNotRouteThere() {
        // initech does not claim joint.test: its hint gets the password page, neither the shared-domain page nor SSO.
        Browser browser = new Browser(DEMO);
        Page initech = browser.submit(
                browser.open(accountConsoleLogin("&tenantId=initech")),
                "kc-tenant-sso-email-form",
                Map.of("username", "dana@joint.test"));
        assertThat(initech.document().getElementById("password"))
                .as(initech.body())
                .isNotNull();
        assertThat(initech.visitedPathContaining("/broker/")).isFalse();

        // acme has a connection but does not claim globex.test: its hint does not send bob to Acme's IdP.
        Browser other = new Browser(DEMO);
        Page acme = other.submit(
                other.open(accountConsoleLogin("&tenantId=acme")),
                "kc-tenant-sso-email-form",
                Map.of("username", "bob@globex.test"));
        assertThat(acme.document().getElementById("password")).as(acme.body()).isNotNull();
        assertThat(acme.visitedPathContaining("/broker/")).isFalse();
        assertThat(acme.visitedPathContaining("-idp/")).isFalse();
    }

    @Test
    void acmeLabsSignsInThroughAcmesConnectionAndLandsInAcmeLabs() {
        Browser browser = new Browser(DEMO);
        Page atAcme = browser.submit(
                browser.open(accountConsoleLogin("")),
                "kc-tenant-sso-email-form",
                Map.of("username", "lee@acmelabs.test"));
        assertThat(atAcme.uri().toString()).as(atAcme.body()).startsWith(DEMO + "/realms/acme-idp/");

        Page done = browser.submit(atAcme, "kc-form-login", Map.of("username", "lee@acmelabs.test", "password", "lee"));

        assertThat(done.visitedPathContaining("code=")).as(done.body()).isTrue();
        assertThat(done.visitedPathContaining("/broker/acme-oidc/")).isTrue();
        String lee = userId("lee@acmelabs.test");
        assertThat(adminApi()
                        .get("/users/" + lee + "/tenants")
                        .json()
                        .path("activeTenant")
                        .asText())
                .isEqualTo(tenantsByAlias().get("acme-labs").getId());
        assertThat(tenantsOf("lee@acmelabs.test")).containsExactly("acme-labs");
    }

    @Test
    void annSwitchesIntoTheTrustingTenantBySessionExchangeAndNotIntoAnother() {
        Tokens inAcme = demoAppLogin("ann@acme.test", "ann");
        assertThat(inAcme.accessClaims().path("tenant").path("alias").asText()).isEqualTo("acme");
        assertThat(inAcme.accessClaims().path("tenant").path("connection").asText())
                .isEqualTo("acme-oidc");
        AdminApi session = AdminApi.sessionApi(DEMO, "saas", inAcme.accessToken());

        Reply switched = session.post("/session/tenant", "{\"tenant\": \"acme-labs\"}");

        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(switched.json().path("tenant").path("alias").asText()).isEqualTo("acme-labs");
        Reply refreshed = demoAppToken(
                "grant_type=refresh_token&client_id=demo-app&refresh_token=" + encode(inAcme.refreshToken()));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(Tokens.of(refreshed.json())
                        .accessClaims()
                        .path("tenant")
                        .path("alias")
                        .asText())
                .isEqualTo("acme-labs");
        Reply refused = session.post("/session/tenant", "{\"tenant\": \"globex\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("login_required");
    }

    @Test
    void davesPasswordLoginIsInHisActiveTenantOfTwo() {
        Tokens tokens = demoAppLogin("dave@initech.test", "dave");

        assertThat(tokens.accessClaims().path("tenant").path("alias").asText()).isEqualTo("globex");
        Reply view = AdminApi.sessionApi(DEMO, "saas", tokens.accessToken()).get("/session");
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().path("tenant").path("alias").asText()).isEqualTo("globex");
        assertThat(view.json().path("tenants"))
                .extracting(t -> t.path("alias").asText())
                .containsExactlyInAnyOrder("initech", "globex");
        assertThat(tenantsOf("dave@initech.test")).containsExactlyInAnyOrder("initech", "globex");
    }

    /** The account console's sign-in, as the demo's banner has a person open it, with more query parameters. */
    private static String accountConsoleLogin(String extraParameters) {
        return DEMO + "/realms/saas/protocol/openid-connect/auth?client_id=account-console&response_type=code"
                + "&scope=openid&redirect_uri=" + encode(DEMO + "/realms/saas/account/") + "&code_challenge="
                + PKCE_CHALLENGE + "&code_challenge_method=S256" + extraParameters;
    }

    /**
     * A login through the client {@code demo-app}: e-mail, then the customer's IdP or the password page, back at the
     * sample application's page with the code in its address, redeemed with the PKCE verifier as the page does.
     */
    private Tokens demoAppLogin(String email, String password) {
        Browser browser = new Browser(DEMO);
        Page next = browser.submit(
                browser.open(DEMO + "/realms/saas/protocol/openid-connect/auth?client_id=demo-app&response_type=code"
                        + "&scope=openid&redirect_uri=" + encode(DEMO_APP_CALLBACK) + "&code_challenge="
                        + PKCE_CHALLENGE + "&code_challenge_method=S256"),
                "kc-tenant-sso-email-form",
                Map.of("username", email));
        Page done = next.document().getElementById("username") != null
                ? browser.submit(next, "kc-form-login", Map.of("username", email, "password", password))
                : browser.submit(next, "kc-form-login", Map.of("password", password));
        assertThat(done.uri().toString()).as(done.body()).startsWith(DEMO_APP_CALLBACK + "?");
        assertThat(done.status()).isEqualTo(200);
        String code = done.uri().getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        Reply tokens = demoAppToken("grant_type=authorization_code&client_id=demo-app&code=" + code + "&redirect_uri="
                + encode(DEMO_APP_CALLBACK) + "&code_verifier=" + PKCE_VERIFIER);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        return Tokens.of(tokens.json());
    }

    private static Reply demoAppToken(String form) {
        return AdminApi.send(HttpRequest.newBuilder(URI.create(DEMO + "/realms/saas/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private AdminApi adminApi() {
        return new AdminApi(
                urls.getBase(), saas.getName(), () -> admin.tokenManager().getAccessTokenString());
    }

    private String userId(String username) {
        return saas.admin().users().search(username, true).get(0).getId();
    }

    private List<String> tenantsOf(String username) {
        return Tenants.ofUser(saas, adminApi(), userId(username));
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

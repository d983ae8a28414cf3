package io.github.tenantsso.it.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.AppClient;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import io.github.tenantsso.it.harness.Totp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.KeysMetadataRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * The tenants' MFA setting, end to end on the routing realm of {@code routing/routing-realm.json} with the flows wired
 * as docs/routing.md describes: a conditional subflow "Condition: tenant policy" + Keycloak's OTP form after the
 * password step of the browser flow, and the same after the landing step of the post-broker-login flow. Real
 * identity providers: the OIDC client and the SAML client of the realm {@code routing-idp}, whose ID tokens carry
 * {@code acr} "1" after a password and whose assertions carry Keycloak's {@code AuthnContextClassRef}.
 */
@KeycloakIntegrationTest
class MfaTest {

    private static final String CALLBACK = AppClient.CALLBACK;
    private static final String CONDITION = "tenant-sso-condition-tenant-policy";
    private static final String ACCEPTED = "tenant-sso.mfa-acr-values";
    private static final String SAML_UNSPECIFIED = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified";
    private static final Map<String, String> MFA_SUBFLOWS =
            Map.of("tenant-sso forms", "tenant-sso password mfa", "tenant-sso landing", "tenant-sso broker mfa");

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(ref = "idp", fromJson = "/routing/routing-idp-realm.json")
    ManagedRealm idp;

    @InjectRealm(ref = "routing", fromJson = "/routing/routing-realm.json")
    ManagedRealm realm;

    AdminApi api;
    String acme;
    String initech;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        acme = Tenants.idOf(realm, "acme");
        initech = Tenants.idOf(realm, "initech");
        realm.admin()
                .users()
                .searchByEmail("ann@acme.example", true)
                .forEach(user -> RealmUsers.removeIfPresent(realm.admin(), user.getId()));
        MFA_SUBFLOWS.forEach(this::wireMfaSubflow);
    }

    @AfterEach
    void restore() {
        for (String tenant : List.of(acme, initech)) {
            api.delete("/tenants/" + tenant + "/policy");
        }
        for (String alias : List.of("acme-oidc", "acme-saml")) {
            IdentityProviderRepresentation connection =
                    realm.admin().identityProviders().get(alias).toRepresentation();
            connection.getConfig().remove(ACCEPTED);
            realm.admin().identityProviders().get(alias).update(connection);
        }
        AuthenticationManagementResource flows = realm.admin().flows();
        MFA_SUBFLOWS.forEach((parent, alias) -> flows.getExecutions(parent).stream()
                .filter(execution -> alias.equals(execution.getDisplayName()))
                .forEach(execution -> flows.removeExecution(execution.getId())));
    }

    @Test
    void everySignInLetsInAnOidcUserWhoseProviderAssertedAnAcceptedAcrWithoutAnOtp() {
        policy(acme, "SSO_ONLY", "EVERY_SIGN_IN");
        accept("acme-oidc", "urn:example:mfa 1");

        Page done = oidcLogin(new Browser(urls.getBase()));

        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(done.leftTo().toString()).startsWith(CALLBACK).contains("code=");
    }

    @Test
    void everySignInMakesAnOidcUserWithoutAnAcceptedAssertionEnrolAndThenGiveTheOtp() {
        policy(acme, "SSO_ONLY", "EVERY_SIGN_IN");
        accept("acme-oidc", "urn:example:mfa");

        Browser enrolling = new Browser(urls.getBase());
        Page setup = oidcLogin(enrolling);
        String secret = totpSecretOn(setup);
        Page enrolled = enrolling.submit(setup, "kc-totp-settings-form", Map.of("totp", Totp.code(secret, 0)));
        assertThat(enrolled.leftTo()).as(enrolled.body()).isNotNull();
        assertThat(enrolled.leftTo().toString()).startsWith(CALLBACK).contains("code=");

        Browser browser = new Browser(urls.getBase());
        Page otp = oidcLogin(browser);
        assertThat(otp.document().getElementById("kc-otp-login-form"))
                .as(otp.body())
                .isNotNull();
        String code = Totp.code(secret, 1);

        Page wrong = browser.submit(otp, "kc-otp-login-form", Map.of("otp", Totp.wrong(code)));
        assertThat(wrong.leftTo()).as("no code, so no token, for a wrong OTP").isNull();
        assertThat(wrong.document().getElementById("kc-otp-login-form"))
                .as(wrong.body())
                .isNotNull();

        Page done = browser.submit(wrong, "kc-otp-login-form", Map.of("otp", code));
        assertThat(done.leftTo()).as(done.body()).isNotNull();
        assertThat(new AppClient(urls.getBase(), realm.getName())
                        .redeem(done)
                        .idClaims()
                        .path("email")
                        .asText())
                .isEqualTo("ann@acme.example");
    }

    @Test
    void everySignInAcceptsASamlAssertionsAuthnContextClassRefWhereTheConnectionCountsIt() {
        trustIdpSigningKey("acme-saml");
        policy(acme, "SSO_ONLY", "EVERY_SIGN_IN");
        accept("acme-saml", SAML_UNSPECIFIED);

        Page delivered = idpInitiatedSamlLogin();
        Element form = delivered.document().selectFirst("form");
        assertThat(form).as(delivered.body()).isNotNull();
        assertThat(form.attr("action")).isEqualTo("http://app.invalid/saml");
        assertThat(form.select("input[name=SAMLResponse]")).isNotEmpty();

        accept("acme-saml", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract");
        Page stepUp = idpInitiatedSamlLogin();
        assertThat(stepUp.document().getElementById("kc-totp-settings-form"))
                .as(stepUp.body())
                .isNotNull();
        assertThat(stepUp.body()).doesNotContain("SAMLResponse");
    }

    @Test
    void passwordSignInsAsksPasswordUsersOfTheTenantButNeitherItsSsoUsersNorUsersOfATenantWithMfaOff() {
        policy(acme, "SSO_WITH_PASSWORD_FALLBACK", "PASSWORD_SIGN_INS");
        String dora = RealmUsers.create(realm, "dora@initech.example", "dora-secret");
        realm.admin().organizations().get(acme).members().addMember(dora).close();

        Browser doraBrowser = new Browser(urls.getBase());
        Page setup = passwordLogin(doraBrowser, "dora@initech.example", "dora-secret");
        String secret = totpSecretOn(setup);
        Page refused =
                doraBrowser.submit(setup, "kc-totp-settings-form", Map.of("totp", Totp.wrong(Totp.code(secret, 0))));
        assertThat(refused.leftTo())
                .as("a wrong code does not enrol, nor sign in")
                .isNull();
        Page enrolled = doraBrowser.submit(refused, "kc-totp-settings-form", Map.of("totp", Totp.code(secret, 0)));
        assertThat(enrolled.leftTo()).as(enrolled.body()).isNotNull();
        assertThat(enrolled.leftTo().toString()).startsWith(CALLBACK).contains("code=");
        Page sso = oidcLogin(new Browser(urls.getBase()));
        assertThat(sso.leftTo())
                .as("an SSO user of the tenant is not asked: " + sso.body())
                .isNotNull();

        Page carol = passwordLogin(new Browser(urls.getBase()), "carol@initech.example", "secret");
        assertThat(carol.leftTo()).as("initech has MFA off: " + carol.body()).isNotNull();
        assertThat(carol.leftTo().toString()).startsWith(CALLBACK).contains("code=");
    }

    @Test
    void everySignInOfTheUsersTenantAsksForTheOtpAfterAPasswordWhateverAnotherTenantSays() {
        policy(initech, "SSO_WITH_PASSWORD_FALLBACK", "EVERY_SIGN_IN");
        policy(acme, "SSO_WITH_PASSWORD_FALLBACK", "OFF");
        String eve = RealmUsers.create(realm, "eve@initech.example", "eve-secret");
        realm.admin().organizations().get(acme).members().addMember(eve).close();

        Page asked = passwordLogin(new Browser(urls.getBase()), "eve@initech.example", "eve-secret");

        assertThat(asked.leftTo()).as("the domain's tenant requires MFA").isNull();
        assertThat(asked.document().getElementById("kc-totp-settings-form"))
                .as(asked.body())
                .isNotNull();
    }

    @Test
    void aBadMfaValueIsRefusedWith400AndChangesNothing() {
        policy(acme, "SSO_ONLY", "EVERY_SIGN_IN");

        for (String body : List.of(
                "{\"signInMethods\": \"SSO_ONLY\", \"mfa\": \"SOMETIMES\"}",
                "{\"signInMethods\": \"SSO_ONLY\", \"mfa\": \"every_sign_in\"}",
                "{\"signInMethods\": \"SSO_ONLY\", \"mfa\": [\"OFF\"]}",
                "{\"signInMethods\": \"PASSWORDS\", \"mfa\": \"OFF\"}")) {
            Reply reply = api.put("/tenants/" + acme + "/policy", body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.error()).as(body).isEqualTo("invalid_tenant_policy");
        }
        Reply named = api.put("/tenants/" + acme + "/policy", "{\"signInMethods\": \"SSO_ONLY\", \"mfa\": \"NEVER\"}");
        assertThat(named.json().path("error_description").asText())
                .isEqualTo("Field 'mfa' must be one of OFF, PASSWORD_SIGN_INS, EVERY_SIGN_IN.");

        Reply current = api.get("/tenants/" + acme + "/policy");
        assertThat(current.json().path("mfa").asText()).isEqualTo("EVERY_SIGN_IN");
        assertThat(current.json().path("signInMethods").asText()).isEqualTo("SSO_ONLY");
        assertThat(current.json().path("default").asBoolean()).isFalse();
    }

    private void policy(String tenantId, String signInMethods, String mfa) {
        Reply reply = api.put(
                "/tenants/" + tenantId + "/policy",
                "{\"signInMethods\": \"" + signInMethods + "\", \"mfa\": \"" + mfa + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("mfa").asText()).isEqualTo(mfa);
    }

    private void accept(String connectionAlias, String values) {
        IdentityProviderRepresentation connection =
                realm.admin().identityProviders().get(connectionAlias).toRepresentation();
        connection.getConfig().put(ACCEPTED, values);
        realm.admin().identityProviders().get(connectionAlias).update(connection);
    }

    /** The documented wiring: a conditional subflow with the condition and Keycloak's OTP form, both required. */
    private void wireMfaSubflow(String parent, String alias) {
        AuthenticationManagementResource flows = realm.admin().flows();
        if (flows.getExecutions(parent).stream().anyMatch(execution -> alias.equals(execution.getDisplayName()))) {
            return;
        }
        flows.addExecutionFlow(
                parent,
                Map.of(
                        "alias",
                        alias,
                        "type",
                        "basic-flow",
                        "provider",
                        "registration-page-form",
                        "description",
                        alias));
        flows.addExecution(alias, Map.of("provider", CONDITION));
        flows.addExecution(alias, Map.of("provider", "auth-otp-form"));
        for (AuthenticationExecutionInfoRepresentation execution : flows.getExecutions(parent)) {
            if (alias.equals(execution.getDisplayName())) {
                execution.setRequirement("CONDITIONAL");
                flows.updateExecutions(parent, execution);
            }
        }
        for (AuthenticationExecutionInfoRepresentation execution : flows.getExecutions(alias)) {
            execution.setRequirement("REQUIRED");
            flows.updateExecutions(alias, execution);
        }
    }

    private void trustIdpSigningKey(String connectionAlias) {
        String certificate = idp.admin().keys().getKeyMetadata().getKeys().stream()
                .filter(key -> "RS256".equals(key.getAlgorithm()) && key.getCertificate() != null)
                .map(KeysMetadataRepresentation.KeyMetadataRepresentation::getCertificate)
                .findFirst()
                .orElseThrow();
        IdentityProviderRepresentation connection =
                realm.admin().identityProviders().get(connectionAlias).toRepresentation();
        connection.getConfig().put("signingCertificate", certificate);
        realm.admin().identityProviders().get(connectionAlias).update(connection);
    }

    private Page oidcLogin(Browser browser) {
        Page form = browser.open(authorize());
        Page atIdp = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", "ann@acme.example"));
        assertThat(atIdp.uri().toString()).as(atIdp.body()).contains("/realms/routing-idp/");
        return browser.submit(atIdp, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));
    }

    private Page idpInitiatedSamlLogin() {
        Browser browser = new Browser(urls.getBase());
        Page login = browser.open(urls.getBase() + "/realms/routing-idp/protocol/saml/clients/routing-acme");
        Page assertion =
                browser.submit(login, "kc-form-login", Map.of("username", "ann@acme.example", "password", "secret"));
        return browser.autoPost(assertion);
    }

    private Page passwordLogin(Browser browser, String email, String password) {
        Page form = browser.open(authorize());
        Page passwordPage = browser.submit(form, "kc-tenant-sso-email-form", Map.of("username", email));
        return browser.submit(passwordPage, "kc-form-login", Map.of("password", password));
    }

    private static String totpSecretOn(Page setup) {
        Element secret = setup.document().getElementById("totpSecret");
        assertThat(secret).as("Keycloak's OTP set-up page: " + setup.body()).isNotNull();
        return secret.val();
    }

    private String authorize() {
        return urls.getBase()
                + "/realms/routing/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8);
    }
}

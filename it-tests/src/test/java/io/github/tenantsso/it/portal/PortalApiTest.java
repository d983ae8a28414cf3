package io.github.tenantsso.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenantsso.domain.dns.LoopbackDnsServer;
import io.github.tenantsso.it.harness.AdminApi;
import io.github.tenantsso.it.harness.AdminApi.Reply;
import io.github.tenantsso.it.harness.AppClient.Tokens;
import io.github.tenantsso.it.harness.Browser;
import io.github.tenantsso.it.harness.Browser.Page;
import io.github.tenantsso.it.harness.PortalLogin;
import io.github.tenantsso.it.harness.RealmUsers;
import io.github.tenantsso.it.harness.Tenants;
import io.github.tenantsso.it.harness.TestDns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;

/**
 * A realm admin appoints a tenant's first admin, who signs in to the portal's client with PKCE through the realm's
 * login and runs the tenant's domains and admins through the portal API; every change lands in the same store the
 * admin API reads, and is an admin event with the tenant admin as the actor.
 */
@KeycloakIntegrationTest
class PortalApiTest {

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectAdminClient
    Keycloak admin;

    @InjectRealm(config = Tenants.OrganizationsRealm.class)
    ManagedRealm realm;

    AdminApi api;
    PortalLogin login;
    LoopbackDnsServer dns = TestDns.server();
    String acme;
    String ann;
    String bob;

    @BeforeEach
    void setUp() {
        api = new AdminApi(
                urls.getBase(), realm.getName(), () -> admin.tokenManager().getAccessTokenString());
        login = new PortalLogin(urls.getBase(), realm.getName());
        acme = Tenants.create(realm, "acme");
        ann = RealmUsers.create(realm, "ann@acme.example", "ann-secret");
        bob = RealmUsers.create(realm, "bob@acme.example", "bob-secret");
        join(acme, ann);
        join(acme, bob);
    }

    @Test
    void aRealmAdminAppointsTheFirstAdminAndTheRealmGetsThePortalsPkceClient() {
        Reply appointed = api.post(admins(acme), "{\"userId\": \"" + ann + "\"}");

        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        assertThat(appointed.json().path("userId").asText()).isEqualTo(ann);
        assertThat(appointed.json().path("tenantId").asText()).isEqualTo(acme);
        assertThat(api.get(admins(acme)).json()).hasSize(1);
        ClientRepresentation client =
                realm.admin().clients().findByClientId(PortalLogin.CLIENT_ID).get(0);
        assertThat(client.isPublicClient()).isTrue();
        assertThat(client.isStandardFlowEnabled()).isTrue();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(client.getRedirectUris()).containsExactly("/realms/" + realm.getName() + "/tenant-sso/portal/*");
        assertThat(adminEvents("CREATE"))
                .anySatisfy(event -> assertThat(event.getDetails())
                        .containsEntry("tenant_sso_user", ann)
                        .containsEntry("tenant_sso_tenant", acme));
        assertThat(api.post(admins(acme), "{\"userId\": \"" + ann + "\"}").status())
                .as("appointing an admin again changes nothing")
                .isEqualTo(200);
    }

    @Test
    void thePortalsClientRefusesTheLoginWithoutPkceAndThePasswordGrant() {
        appoint(ann);

        Page withoutPkce = new Browser(urls.getBase()).open(login.authorizeUrl(""));
        Reply passwordGrant = login.passwordGrant("ann@acme.example", "ann-secret");

        assertThat(withoutPkce.uri().toString()).startsWith(login.redirectUri());
        assertThat(withoutPkce.uri().getQuery())
                .contains("error=invalid_request")
                .doesNotContain("code=");
        assertThat(passwordGrant.status()).isIn(400, 401);
        assertThat(passwordGrant.error()).isEqualTo("unauthorized_client");
    }

    @Test
    void aTenantAdminSignedInWithPkceSeesTheTenantsTheyAdminister() {
        appoint(ann);
        String globex = Tenants.create(realm, "globex");
        join(globex, ann);

        Tokens tokens = login.signIn("ann@acme.example", "ann-secret");
        Reply me = portal(tokens).get("/me");

        assertThat(tokens.accessClaims().path("azp").asText()).isEqualTo(PortalLogin.CLIENT_ID);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("userId").asText()).isEqualTo(ann);
        assertThat(me.json().path("tenants")).hasSize(1);
        assertThat(me.json().path("tenants").get(0).path("alias").asText()).isEqualTo("acme");
    }

    @Test
    void aTenantAdminClaimsVerifiesByDnsListsAndRemovesADomain() {
        appoint(ann);
        AdminApi portal = portal(login.signIn("ann@acme.example", "ann-secret"));

        Reply claimed = portal.post(domains(acme), "{\"domain\": \"portal-acme.example\"}");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.json().path("status").asText()).isEqualTo("PENDING");
        assertThat(claimed.json().has("createdBy"))
                .as("no admin ids in the portal")
                .isFalse();
        Reply notYet = portal.post(domains(acme) + "/portal-acme.example/verify", "");
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(notYet.error()).isEqualTo("verification_record_not_found");

        dns.publishTxt(
                "_kc-tenant-sso.portal-acme.example",
                claimed.json().path("verificationRecord").path("value").asText());
        Reply verified = portal.post(domains(acme) + "/portal-acme.example/verify", "");

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.json().path("verificationMethod").asText()).isEqualTo("DNS");
        JsonNode asAdminSees =
                api.get("/tenants/" + acme + "/domains/portal-acme.example").json();
        assertThat(asAdminSees.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(asAdminSees.path("createdBy").asText()).isEqualTo(ann);
        assertThat(asAdminSees.path("verifiedBy").asText()).isEqualTo(ann);
        assertThat(portal.get(domains(acme)).json()).hasSize(1);

        assertThat(portal.delete(domains(acme) + "/portal-acme.example").status())
                .isEqualTo(204);
        assertThat(api.get("/tenants/" + acme + "/domains").json()).isEmpty();
        List<AdminEventRepresentation> claimEvents = new ArrayList<>();
        realm
                .admin()
                .getAdminEvents(null, null, null, null, null, null, List.of("CUSTOM"), null, null, null, null)
                .stream()
                .filter(event -> "DOMAIN_CLAIM".equals(event.getDetails().get("tenant_sso_resource")))
                .filter(event -> ann.equals(event.getAuthDetails().getUserId()))
                .forEach(claimEvents::add);
        assertThat(claimEvents)
                .extracting(AdminEventRepresentation::getOperationType)
                .containsExactlyInAnyOrder("CREATE", "ACTION", "DELETE");
        String portalClient = realm.admin()
                .clients()
                .findByClientId(PortalLogin.CLIENT_ID)
                .get(0)
                .getId();
        assertThat(claimEvents).allSatisfy(event -> {
            assertThat(event.getAuthDetails().getRealmId()).isEqualTo(realm.getId());
            assertThat(event.getAuthDetails().getClientId()).isEqualTo(portalClient);
        });
    }

    @Test
    void aTenantAdminAppointsAndRemovesAnotherMemberButNeitherThemselvesNorAnOutsider() {
        appoint(ann);
        String outsider = RealmUsers.create(realm, "eve@elsewhere.example", "eve-secret");
        AdminApi portal = portal(login.signIn("ann@acme.example", "ann-secret"));

        Reply self = portal.post(admins(acme), "{\"userId\": \"" + ann + "\"}");
        Reply notMember = portal.post(admins(acme), "{\"userId\": \"" + outsider + "\"}");
        Reply nobody = portal.post(admins(acme), "{\"userId\": \"00000000-0000-0000-0000-000000000000\"}");
        Reply appointed = portal.post(admins(acme), "{\"userId\": \"" + bob + "\"}");

        assertThat(self.status()).isEqualTo(403);
        assertThat(self.error()).isEqualTo("self_appointment");
        assertThat(notMember.status()).isEqualTo(422);
        assertThat(notMember.error()).isEqualTo("not_a_member");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.body())
                .as("an outsider and nobody get the same answer")
                .isEqualTo(notMember.body());
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        assertThat(appointed.json().path("username").asText()).isEqualTo("bob@acme.example");
        assertThat(portal.get(admins(acme)).json())
                .extracting(admin -> admin.path("userId").asText())
                .containsExactly(ann, bob);
        assertThat(api.get(admins(acme)).json().get(1).path("appointedBy").asText())
                .isEqualTo(ann);

        assertThat(portal.delete(admins(acme) + "/" + bob).status()).isEqualTo(204);
        assertThat(portal.delete(admins(acme) + "/" + bob).error()).isEqualTo("admin_not_found");
        assertThat(api.get(admins(acme)).json())
                .extracting(admin -> admin.path("userId").asText())
                .containsExactly(ann);
    }

    @Test
    void aRealmAdminRemovesAnAdminAndCannotAppointANonMemberOrAnUnknownUser() {
        appoint(ann);
        String outsider = RealmUsers.create(realm, "eve@elsewhere.example", "eve-secret");

        Reply notMember = api.post(admins(acme), "{\"userId\": \"" + outsider + "\"}");
        Reply unknown = api.post(admins(acme), "{\"userId\": \"00000000-0000-0000-0000-000000000000\"}");
        Reply removed = api.delete(admins(acme) + "/" + ann);

        assertThat(notMember.status()).isEqualTo(422);
        assertThat(notMember.error()).isEqualTo("not_a_member");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("user_not_found");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get(admins(acme)).json()).isEmpty();
        assertThat(adminEvents("DELETE"))
                .anySatisfy(event -> assertThat(event.getDetails()).containsEntry("tenant_sso_user", ann));
    }

    @Test
    void aGrantEndsWithTheMembershipAndWithTheUser() {
        appoint(ann);
        appoint(bob);
        Tokens tokens = login.signIn("ann@acme.example", "ann-secret");

        realm.admin().organizations().get(acme).members().member(ann).delete().close();
        RealmUsers.removeIfPresent(realm.admin(), bob);

        assertThat(api.get(admins(acme)).json()).isEmpty();
        Reply afterLeaving = portal(tokens).get(domains(acme));
        assertThat(afterLeaving.status()).isIn(401, 404);
        join(acme, ann);
        assertThat(api.get(admins(acme)).json())
                .as("joining again grants nothing")
                .isEmpty();
    }

    @Test
    void aGrantEndsWithTheTenant() {
        String globex = Tenants.create(realm, "globex");
        join(globex, ann);
        appoint(ann);
        api.post(admins(globex), "{\"userId\": \"" + ann + "\"}");

        realm.admin().organizations().get(globex).delete().close();

        assertThat(portal(login.signIn("ann@acme.example", "ann-secret"))
                        .get("/me")
                        .json()
                        .path("tenants"))
                .extracting(tenant -> tenant.path("alias").asText())
                .containsExactly("acme");
    }

    private void appoint(String userId) {
        Reply reply = api.post(admins(acme), "{\"userId\": \"" + userId + "\"}");
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }

    private void join(String tenant, String userId) {
        realm.admin().organizations().get(tenant).members().addMember(userId).close();
    }

    private AdminApi portal(Tokens tokens) {
        return AdminApi.portalApi(urls.getBase(), realm.getName(), "Bearer " + tokens.accessToken());
    }

    private List<AdminEventRepresentation> adminEvents(String operation) {
        return realm
                .admin()
                .getAdminEvents(
                        List.of(operation), null, null, null, null, null, List.of("CUSTOM"), null, null, null, null)
                .stream()
                .filter(event -> "TENANT_ADMIN".equals(event.getDetails().get("tenant_sso_resource")))
                .toList();
    }

    private static String admins(String tenant) {
        return "/tenants/" + tenant + "/admins";
    }

    private static String domains(String tenant) {
        return "/tenants/" + tenant + "/domains";
    }
}

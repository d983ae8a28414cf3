package io.github.tenantsso.it.harness;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Users of a test realm with chosen realm-management roles, and their access tokens.
 */
public final class RealmUsers {

    private RealmUsers() {}

    /**
     * Creates an enabled user with a password and the given roles of the realm's realm-management client; a username
     * that is an e-mail address is also the user's e-mail.
     */
    public static String create(ManagedRealm realm, String username, String password, String... realmManagementRoles) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username.contains("@") ? username : username + "@users.example");
        user.setFirstName(username);
        user.setLastName("Test");
        user.setEmailVerified(true);
        user.setEnabled(true);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        String id;
        try (Response response = realm.admin().users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        realm.cleanup().add(r -> removeIfPresent(r, id));
        if (realmManagementRoles.length > 0) {
            ClientRepresentation management =
                    realm.admin().clients().findByClientId("realm-management").get(0);
            List<RoleRepresentation> roles = java.util.Arrays.stream(realmManagementRoles)
                    .map(role -> realm.admin()
                            .clients()
                            .get(management.getId())
                            .roles()
                            .get(role)
                            .toRepresentation())
                    .toList();
            realm.admin()
                    .users()
                    .get(id)
                    .roles()
                    .clientLevel(management.getId())
                    .add(roles);
        }
        return id;
    }

    /**
     * A local account without a password, already linked to the user of the same e-mail in the identity provider realm
     * {@code idp} through the connection {@code alias}, as after an earlier login through it.
     */
    public static String linkedTo(ManagedRealm realm, ManagedRealm idp, String alias, String email) {
        UserRepresentation atIdp =
                idp.admin().users().searchByEmail(email, true).get(0);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(atIdp.getFirstName());
        user.setLastName(atIdp.getLastName());
        user.setEmailVerified(true);
        user.setEnabled(true);
        String id;
        try (Response created = realm.admin().users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        realm.cleanup().add(r -> removeIfPresent(r, id));
        FederatedIdentityRepresentation link = new FederatedIdentityRepresentation();
        link.setIdentityProvider(alias);
        link.setUserId(atIdp.getId());
        link.setUserName(atIdp.getUsername());
        try (Response linked = realm.admin().users().get(id).addFederatedIdentity(alias, link)) {
            if (linked.getStatus() != 204) {
                throw new IllegalStateException("Not linked to " + alias + ": " + linked.getStatus());
            }
        }
        return id;
    }

    /**
     * Removes a user, accepting that a test may have removed it already: unlike {@code UserResource.remove()}, the
     * response-returning delete does not throw on 404, and a throwing cleanup task would be retried after every later
     * test of the class.
     */
    public static void removeIfPresent(RealmResource realm, String userId) {
        realm.users().delete(userId).close();
    }

    /** An access token of the user, from the realm's own {@code admin-cli} client by the password grant. */
    public static String accessToken(String serverUrl, String realm, String username, String password) {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(username) + "&password="
                + encode(password);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(serverUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        AdminApi.Reply reply = AdminApi.send(request);
        if (!reply.json().hasNonNull("access_token")) {
            throw new IllegalStateException("No token for " + username + ": " + reply.body());
        }
        return reply.json().get("access_token").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

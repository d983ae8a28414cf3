package io.github.tenantsso.write;

import io.github.tenantsso.connection.ConnectionBinding;
import io.github.tenantsso.membership.Membership;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.revocation.Revoked;
import io.github.tenantsso.revocation.SessionRevoker;
import io.github.tenantsso.trust.Trust;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The one way a trust ends, whether an admin severs it, its connection is deleted or moved to another tenant, or the
 * identity provider is removed: it ends every session, online or offline, that signed in through the connection and
 * was ever in the trusting tenant; it takes back the memberships it provisioned just in time (which resets the active
 * tenant of those users, see {@code Memberships.left}); and it deletes the trust. Memberships the trusting tenant
 * granted otherwise (an admin, its own connection) stay.
 */
public final class TrustRevocation {

    private TrustRevocation() {}

    /** @return how many sessions (online and offline) were ended */
    public static int sever(KeycloakSession session, RealmModel realm, Trust trust, ConnectionBinding connection) {
        TenantSso model = session.getProvider(TenantSso.class);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel trusting = organizations.getById(trust.trustingOrganizationId());
        Revoked.Trust revoked = new Revoked.Trust(trust.trustingOrganizationId(), connection.idpAlias());
        int ended = 0;
        for (UserModel user : mayHaveSignedInThrough(session, realm, connection, trusting)) {
            ended += SessionRevoker.revoke(session, realm, user, revoked);
        }
        if (trusting != null) {
            for (Membership provisioned : model.memberships().ofTrust(trust.id())) {
                UserModel user = session.users().getUserById(realm, provisioned.userId());
                if (user != null) {
                    // Keycloak's leave event ends the user's other sessions in the tenant and resets the active tenant.
                    organizations.removeMember(trusting, user);
                }
            }
        }
        model.trusts(realm).delete(trust);
        RoutingVersions.each(model, realm).changed(RoutingChange.tenant(trust.trustingOrganizationId()));
        return ended;
    }

    /** Severs every trust in the connection, before it is deleted or moved to another tenant. */
    public static void severAll(KeycloakSession session, RealmModel realm, ConnectionBinding connection) {
        for (Trust trust : session.getProvider(TenantSso.class).trusts(realm).inConnection(connection.id())) {
            sever(session, realm, trust, connection);
        }
    }

    /**
     * Users linked to the connection, found by Keycloak's index; once the identity provider is gone (Keycloak drops
     * the links before it says so), the trusting tenant's members.
     */
    private static List<UserModel> mayHaveSignedInThrough(
            KeycloakSession session, RealmModel realm, ConnectionBinding connection, OrganizationModel trusting) {
        if (session.identityProviders().getByAlias(connection.idpAlias()) != null) {
            return session.users()
                    .searchForUserStream(realm, Map.of(UserModel.IDP_ALIAS, connection.idpAlias()))
                    .toList();
        }
        return trusting == null
                ? List.of()
                : session.getProvider(OrganizationProvider.class)
                        .getMembersStream(trusting, (String) null, null, null, null)
                        .toList();
    }
}

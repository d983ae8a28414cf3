package io.github.tenantsso.write;

import io.github.tenantsso.connection.ConnectionBindingEntity;
import io.github.tenantsso.membership.MembershipEntity;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.revocation.Revoked;
import io.github.tenantsso.revocation.SessionRevoker;
import io.github.tenantsso.trust.TrustEntity;
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
    public static int sever(
            KeycloakSession session, RealmModel realm, TrustEntity trust, ConnectionBindingEntity connection) {
        TenantSso model = session.getProvider(TenantSso.class);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel trusting = organizations.getById(trust.getTrustingOrganizationId());
        Revoked.Trust revoked = new Revoked.Trust(trust.getTrustingOrganizationId(), connection.getIdpAlias());
        int ended = 0;
        for (UserModel user : mayHaveSignedInThrough(session, realm, connection, trusting)) {
            ended += SessionRevoker.revoke(session, realm, user, revoked);
        }
        if (trusting != null) {
            for (MembershipEntity provisioned : model.memberships().ofTrust(trust.getId())) {
                UserModel user = session.users().getUserById(realm, provisioned.getUserId());
                if (user != null) {
                    // Keycloak's leave event ends the user's other sessions in the tenant and resets the active tenant.
                    organizations.removeMember(trusting, user);
                }
            }
        }
        model.trusts(realm).delete(trust);
        model.changed(realm, RoutingChange.tenant(trust.getTrustingOrganizationId()));
        return ended;
    }

    /** Severs every trust in the connection, before it is deleted or moved to another tenant. */
    public static void severAll(KeycloakSession session, RealmModel realm, ConnectionBindingEntity connection) {
        for (TrustEntity trust :
                session.getProvider(TenantSso.class).trusts(realm).ofConnection(connection.getId())) {
            sever(session, realm, trust, connection);
        }
    }

    /**
     * Users linked to the connection, found by Keycloak's index; once the identity provider is gone (Keycloak drops
     * the links before it says so), the trusting tenant's members.
     */
    private static List<UserModel> mayHaveSignedInThrough(
            KeycloakSession session, RealmModel realm, ConnectionBindingEntity connection, OrganizationModel trusting) {
        if (session.identityProviders().getByAlias(connection.getIdpAlias()) != null) {
            return session.users()
                    .searchForUserStream(realm, Map.of(UserModel.IDP_ALIAS, connection.getIdpAlias()))
                    .toList();
        }
        return trusting == null
                ? List.of()
                : session.getProvider(OrganizationProvider.class)
                        .getMembersStream(trusting, (String) null, null, null, null)
                        .toList();
    }
}

package io.github.tenantsso.wiring;

import io.github.tenantsso.model.RealmOrganizations;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.write.ClaimWrites;
import io.github.tenantsso.write.RoutingVersions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.common.util.Time;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Hands an organization created or updated through Keycloak's admin API (the admin console's Organizations page) to
 * {@link ClaimWrites#keycloakEdited}, and records it as a routing change of that tenant, since its alias and enabled
 * flag decide what a tenant hint names. Inside the request's transaction: Keycloak sends its admin event before it
 * commits. Keycloak logs and drops what a listener throws.
 */
final class KeycloakDomainEdits implements EventListenerProvider {

    /** The organization itself; its members, identity providers, groups and invitations are sub-paths. */
    private static final Pattern ORGANIZATION = Pattern.compile("organizations/([^/]+)");

    private final KeycloakSession session;

    KeycloakDomainEdits(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getResourceType() != ResourceType.ORGANIZATION
                || (event.getOperationType() != OperationType.CREATE
                        && event.getOperationType() != OperationType.UPDATE)
                || event.getResourcePath() == null) {
            return;
        }
        Matcher path = ORGANIZATION.matcher(event.getResourcePath());
        if (!path.matches()) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        String actor =
                event.getAuthDetails() == null ? null : event.getAuthDetails().getUserId();
        RealmOrganizations.byId(session, realm, path.group(1)).ifPresent(organization -> {
            TenantSso model = session.getProvider(TenantSso.class);
            RoutingVersions versions = RoutingVersions.each(model, realm);
            new ClaimWrites(session, realm, versions).keycloakEdited(organization, actor, Time.currentTimeMillis());
            versions.changed(RoutingChange.tenant(organization.getId()));
        });
    }

    @Override
    public void onEvent(Event event) {}

    @Override
    public void close() {}
}

package io.github.tenantsso.admin;

import io.github.tenantsso.audit.Actor;
import io.github.tenantsso.model.RealmOrganizations;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.write.AdminEvents;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What every admin resource of the pack needs for one request: the realm, the caller's permissions, the pack's data
 * and the admin event to record.
 */
final class AdminContext {

    static final String RESOURCE_DETAIL = "tenant_sso_resource";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    AdminContext(
            KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    KeycloakSession session() {
        return session;
    }

    RealmModel realm() {
        return realm;
    }

    TenantSso model() {
        return session.getProvider(TenantSso.class);
    }

    void requireView() {
        auth.realm().requireViewRealm();
    }

    void requireViewEvents() {
        auth.realm().requireViewEvents();
    }

    void requireManage() {
        auth.realm().requireManageRealm();
    }

    /** Id of the admin making the request, for the created-by and verified-by columns. */
    String adminId() {
        return auth.adminAuth().getUser().getId();
    }

    long now() {
        return Time.currentTimeMillis();
    }

    OrganizationModel organization(String tenantId) {
        if (!realm.isOrganizationsEnabled()) {
            throw ApiException.conflict(
                    "organizations_disabled", "Organizations are not enabled in realm " + realm.getName() + ".");
        }
        return Optional.ofNullable(tenantId)
                .filter(id -> !id.isBlank())
                .flatMap(id -> RealmOrganizations.byId(session, realm, id))
                .orElseThrow(() ->
                        ApiException.notFound("organization_not_found", "No organization with this id in this realm."));
    }

    /** The admin events of the write services, with the written subject shown as this API shows it. */
    AdminEvents events() {
        Actor actor = new Actor(adminId(), auth.adminAuth().getClient().getClientId());
        return new AdminEvents() {
            @Override
            public void record(String resource, OperationType operation, Object subject, Map<String, String> details) {
                event(resource, operation, Representations.of(subject), details);
            }

            @Override
            public Actor actor() {
                return actor;
            }
        };
    }

    Actor actor() {
        return events().actor();
    }

    /**
     * Records an admin event of Keycloak's {@code CUSTOM} resource type (the events API can only filter by its own
     * types), with the pack's resource named in the detail {@value #RESOURCE_DETAIL}.
     */
    void event(String resource, OperationType operation, Object representation) {
        event(resource, operation, representation, Map.of());
    }

    void event(String resource, OperationType operation, Object representation, Map<String, String> details) {
        AdminEventBuilder event =
                adminEvent.clone(session).resource(ResourceType.CUSTOM).detail(RESOURCE_DETAIL, resource);
        details.forEach(event::detail);
        event.operation(operation)
                .resourcePath(session.getContext().getUri())
                .representation(representation)
                .success();
    }
}

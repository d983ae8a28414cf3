package io.github.tenantsso.write;

import io.github.tenantsso.audit.Actor;
import java.util.Map;
import org.keycloak.events.admin.OperationType;

/**
 * Where a write service records its admin event. The service decides whether there is one, for which resource and
 * operation; the caller turns the written subject into the representation its API shows.
 */
public interface AdminEvents {

    /**
     * The admin event detail naming the pack's resource: events have Keycloak's {@code CUSTOM} resource type, since
     * the events API can only filter by its own types.
     */
    String RESOURCE_DETAIL = "tenant_sso_resource";

    /** For callers whose own event covers the write: an import records one summary, the console tab Keycloak's. */
    AdminEvents NONE = (resource, operation, subject, details) -> {};

    void record(String resource, OperationType operation, Object subject, Map<String, String> details);

    /** Who makes the change, as the audit trail names them. */
    default Actor actor() {
        return Actor.NONE;
    }

    default void record(String resource, OperationType operation, Object subject) {
        record(resource, operation, subject, Map.of());
    }
}

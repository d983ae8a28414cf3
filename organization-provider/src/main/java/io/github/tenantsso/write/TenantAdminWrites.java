package io.github.tenantsso.write;

import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.model.TenantSso;
import io.github.tenantsso.tenantadmin.Appointment;
import io.github.tenantsso.tenantadmin.TenantAdmin;
import io.github.tenantsso.tenantadmin.TenantAdmins;
import java.util.Map;
import java.util.Optional;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Every appointment and removal of a tenant admin, whether a realm admin asks through the admin API or a tenant admin
 * through the portal: decided by {@link Appointment}, stored, and recorded as an admin event. The caller has already
 * established that the actor may administer the tenant.
 */
public final class TenantAdminWrites {

    public static final String RESOURCE = "TENANT_ADMIN";
    public static final String TENANT_DETAIL = "tenant_sso_tenant";
    public static final String USER_DETAIL = "tenant_sso_user";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final TenantAdmins admins;

    public TenantAdminWrites(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.admins = session.getProvider(TenantSso.class).tenantAdmins(realm);
    }

    public sealed interface Outcome {}

    /** The user administers the tenant now; {@code changed} is false when they already did. */
    public record Appointed(TenantAdmin admin, boolean changed) implements Outcome {}

    public record Removed(TenantAdmin admin) implements Outcome {}

    public record Refused(Appointment.Reason reason) implements Outcome {}

    /** @param userId the user to appoint; an id of no user of the realm is refused as a non-member */
    public Outcome appoint(OrganizationModel tenant, String userId, String actorId, long now, AdminEvents events) {
        Optional<TenantAdmin> existing = admins.find(tenant.getId(), userId);
        Appointment.Outcome decided = Appointment.decide(new Appointment.Input(
                Appointment.Change.APPOINT, actorId, userId, isMember(tenant, userId), existing.isPresent()));
        if (decided instanceof Appointment.Refused refused) {
            return new Refused(refused.reason());
        }
        if (decided instanceof Appointment.Unchanged) {
            return new Appointed(existing.orElseThrow(), false);
        }
        TenantAdmin admin = admins.appoint(tenant.getId(), userId, actorId, now);
        audit("APPOINTED", admin, events);
        events.record(RESOURCE, OperationType.CREATE, admin, details(admin));
        return new Appointed(admin, true);
    }

    public Outcome remove(OrganizationModel tenant, String userId, String actorId, AdminEvents events) {
        Optional<TenantAdmin> existing = admins.find(tenant.getId(), userId);
        Appointment.Outcome decided = Appointment.decide(new Appointment.Input(
                Appointment.Change.REMOVE, actorId, userId, isMember(tenant, userId), existing.isPresent()));
        if (decided instanceof Appointment.Refused refused) {
            return new Refused(refused.reason());
        }
        TenantAdmin admin = existing.orElseThrow();
        admins.remove(tenant.getId(), userId);
        audit("REMOVED", admin, events);
        events.record(RESOURCE, OperationType.DELETE, admin, details(admin));
        return new Removed(admin);
    }

    private void audit(String action, TenantAdmin admin, AdminEvents events) {
        session.getProvider(TenantSso.class)
                .audit(realm)
                .record(AuditEvent.of(AuditType.TENANT_ADMIN_CHANGE, action)
                        .tenant(admin.tenantId())
                        .actor(events.actor())
                        .detail("userId", admin.userId()));
    }

    private boolean isMember(OrganizationModel tenant, String userId) {
        if (userId == null || userId.isBlank()) {
            return false;
        }
        UserModel user = session.users().getUserById(realm, userId);
        return user != null
                && session.getProvider(OrganizationProvider.class).getMemberById(tenant, user.getId()) != null;
    }

    private static Map<String, String> details(TenantAdmin admin) {
        return Map.of(TENANT_DETAIL, admin.tenantId(), USER_DETAIL, admin.userId());
    }
}

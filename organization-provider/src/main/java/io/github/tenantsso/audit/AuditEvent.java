package io.github.tenantsso.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a realm's audit trail.
 *
 * @param tenantIds the tenants concerned (a trust names both), empty for an event of the realm itself
 * @param actorUserId the user who acted (the admin, the signing-in user once known), or {@code null}
 * @param actorClientId the client the actor used, or {@code null}
 * @param action what happened, in upper case ({@code REDIRECT}, {@code CREATED}, {@code LANDING}, ...)
 * @param reason why, a stable code of the rule that decided, or {@code null}
 * @param details small extra facts, shown as a JSON object
 */
public record AuditEvent(
        String id,
        String realmId,
        long time,
        AuditType type,
        String action,
        String reason,
        List<String> tenantIds,
        String actorUserId,
        String actorClientId,
        String connectionAlias,
        Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(realmId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(action);
        tenantIds = List.copyOf(
                new LinkedHashSet<>(tenantIds.stream().filter(Objects::nonNull).toList()));
        details = Map.copyOf(details);
    }

    public static Builder of(AuditType type, String action) {
        return new Builder(type, action);
    }

    /** Collects an event's facts where they are known; the trail gives it its id, realm and time. */
    public static final class Builder {

        private final AuditType type;
        private final String action;
        private String reason;
        private final LinkedHashSet<String> tenants = new LinkedHashSet<>();
        private Actor actor = Actor.NONE;
        private String connection;
        private final Map<String, String> details = new LinkedHashMap<>();

        private Builder(AuditType type, String action) {
            this.type = type;
            this.action = action;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder tenant(String tenantId) {
            if (tenantId != null) {
                tenants.add(tenantId);
            }
            return this;
        }

        public Builder actor(Actor actor) {
            this.actor = Objects.requireNonNull(actor);
            return this;
        }

        public Builder connection(String alias) {
            this.connection = alias;
            return this;
        }

        public Builder detail(String name, Object value) {
            if (value != null) {
                details.put(name, value.toString());
            }
            return this;
        }

        AuditEvent build(String id, String realmId, long time) {
            return new AuditEvent(
                    id,
                    realmId,
                    time,
                    type,
                    action,
                    reason,
                    List.copyOf(tenants),
                    actor.userId(),
                    actor.clientId(),
                    connection,
                    details);
        }
    }
}

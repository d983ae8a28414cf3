package io.github.tenantsso.model;

/**
 * What a change of the pack's data touched, as far as routing is concerned: every node re-reads exactly that and
 * patches its index (see {@code wiring.RoutingIndexes}).
 */
public sealed interface RoutingChange {

    /** A tenant's own rows: its claims, the connections it owns, the trusts it gives, or the tenant itself. */
    static RoutingChange tenant(String tenantId) {
        return new Tenant(tenantId);
    }

    /** A connection: its binding, its identity provider, its owner, or the trusts in it. */
    static RoutingChange connection(String alias) {
        return new Connection(alias);
    }

    /** Anything in the realm, as a bulk import does: nodes build the realm's index again in full. */
    static RoutingChange everything() {
        return Everything.INSTANCE;
    }

    String kind();

    String key();

    record Tenant(String tenantId) implements RoutingChange {

        @Override
        public String kind() {
            return "TENANT";
        }

        @Override
        public String key() {
            return tenantId;
        }
    }

    record Connection(String alias) implements RoutingChange {

        @Override
        public String kind() {
            return "CONNECTION";
        }

        @Override
        public String key() {
            return alias;
        }
    }

    enum Everything implements RoutingChange {
        INSTANCE;

        @Override
        public String kind() {
            return "REALM";
        }

        @Override
        public String key() {
            return "*";
        }
    }

    /** @return the change a stored row names; an unknown kind (a newer node's) is read as {@link #everything()} */
    static RoutingChange of(String kind, String key) {
        return switch (kind) {
            case "TENANT" -> tenant(key);
            case "CONNECTION" -> connection(key);
            default -> everything();
        };
    }
}

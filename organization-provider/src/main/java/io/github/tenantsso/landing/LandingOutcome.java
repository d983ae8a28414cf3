package io.github.tenantsso.landing;

import java.util.Objects;

/**
 * Where a broker login lands, or why it may not.
 */
public sealed interface LandingOutcome {

    Reason reason();

    /** @param join whether the user becomes a member first (just-in-time provisioning) */
    record Land(String tenant, boolean join, Reason reason) implements LandingOutcome {
        public Land {
            Objects.requireNonNull(tenant);
            Objects.requireNonNull(reason);
        }
    }

    record Refuse(Reason reason) implements LandingOutcome {
        public Refuse {
            Objects.requireNonNull(reason);
        }
    }

    enum Reason {
        /** The login's hint named this tenant and the user is its member. */
        ROUTED_MEMBER,
        /** The login's hint named this tenant, which provisions the user just in time through this connection. */
        ROUTED_JIT,
        /** The user is a member of the tenant that owns the connection. */
        OWNER_MEMBER,
        /** The user is a member of a tenant that trusts the connection (the oldest such membership). */
        TRUSTING_MEMBER,
        /** The owner provisions the user just in time. */
        OWNER_JIT,
        /** The connection's binding is disabled: it signs nobody in to any tenant. */
        CONNECTION_DISABLED,
        /** The hinted tenant neither has the user nor provisions them through this connection. */
        NOT_A_MEMBER_OF_ROUTED_TENANT,
        /** No tenant that owns or trusts the connection has the user or provisions them. */
        NOT_A_MEMBER
    }
}

package io.github.tenantsso.exchange;

import java.util.Objects;

/**
 * Whether a signed-in session may move to another tenant without signing in again.
 */
public sealed interface SwitchOutcome {

    /** @param join whether the user becomes a member first (just-in-time provisioning through the session's connection) */
    record Switch(String tenant, boolean join) implements SwitchOutcome {
        public Switch {
            Objects.requireNonNull(tenant);
        }
    }

    record LoginRequired(Reason reason) implements SwitchOutcome {
        public LoginRequired {
            Objects.requireNonNull(reason);
        }
    }

    enum Reason {
        /** The session did not sign in through a tenant's connection, so no tenant's trust covers it. */
        NO_CONNECTION,
        /** The tenant neither owns nor trusts the connection the session signed in through. */
        CONNECTION_NOT_TRUSTED,
        /** The tenant trusts the connection but neither has the user nor provisions them through it. */
        NOT_A_MEMBER
    }
}

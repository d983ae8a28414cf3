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
        /** The binding of the session's connection is disabled: the same rule refuses a fresh login through it. */
        CONNECTION_DISABLED,
        /** The tenant neither owns nor trusts the connection the session signed in through. */
        CONNECTION_NOT_TRUSTED,
        /** The tenant trusts the connection but neither has the user nor provisions them through it. */
        NOT_A_MEMBER,
        /**
         * The user left the tenant while the session lived: the session may not provision them back, whatever the
         * just-in-time setting; a new sign-in may.
         */
        LEFT_DURING_SESSION
    }
}

package io.github.tenantsso.audit;

/** What an audit event is about; stored by name, so a name never changes. */
public enum AuditType {
    /** The routing step chose a tenant's connection, a BLOCK page or the default method for an e-mail. */
    ROUTING_DECISION,
    /** A broker login landed in a tenant. */
    LANDING,
    /** The pack refused a login step: a landing, a password the tenants' policy forbids, a session exchange. */
    REFUSAL,
    /** A signed-in session moved to another tenant without a new sign-in. */
    SESSION_EXCHANGE,
    TRUST_CHANGE,
    CONNECTION_CHANGE,
    /** A domain claim was made or removed. */
    DOMAIN_CLAIM,
    DOMAIN_VERIFICATION,
    /** A DNS re-check found a verified claim's record gone, back, or gone for longer than the grace: lapsed. */
    DOMAIN_LAPSE,
    MEMBERSHIP_CHANGE,
    TENANT_ADMIN_CHANGE,
    /** The realm's routing policy or a tenant's sign-in policy changed. */
    POLICY_CHANGE,
    /** A pack document was imported: one event for all its writes. */
    IMPORT
}

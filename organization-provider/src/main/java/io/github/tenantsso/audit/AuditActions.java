package io.github.tenantsso.audit;

/** The actions of audit events that more than one class names. */
public final class AuditActions {

    /** Of a {@link AuditType#REFUSAL}: what was refused. */
    public static final String LANDING = "LANDING";

    public static final String PASSWORD = "PASSWORD";
    public static final String SESSION_EXCHANGE = "SESSION_EXCHANGE";

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";

    private AuditActions() {}
}

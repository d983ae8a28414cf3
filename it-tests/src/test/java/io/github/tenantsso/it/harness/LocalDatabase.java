package io.github.tenantsso.it.harness;

import java.util.Map;

/**
 * The database servers that run on the project's machines, and how the suite gets an empty database on each.
 */
public enum LocalDatabase {
    POSTGRES(
            "postgres",
            "PostgreSQL",
            "jdbc:postgresql://127.0.0.1:5432/",
            "postgres",
            "postgres",
            "DROP DATABASE IF EXISTS " + LocalDatabase.NAME + " WITH (FORCE)",
            "CREATE DATABASE " + LocalDatabase.NAME + " ENCODING 'UTF8'"),

    MARIADB(
            "mariadb",
            "MariaDB",
            "jdbc:mariadb://127.0.0.1:3306/",
            "",
            "root",
            "DROP DATABASE IF EXISTS " + LocalDatabase.NAME,
            "CREATE DATABASE " + LocalDatabase.NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");

    static final String NAME = "tenant_sso_it";

    private final String alias;
    private final String displayName;
    private final String serverUrl;
    private final String adminDatabase;
    private final String user;
    private final String dropSql;
    private final String createSql;

    LocalDatabase(
            String alias,
            String displayName,
            String serverUrl,
            String adminDatabase,
            String user,
            String dropSql,
            String createSql) {
        this.alias = alias;
        this.displayName = displayName;
        this.serverUrl = serverUrl;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.dropSql = dropSql;
        this.createSql = createSql;
    }

    /** The local database this test run uses, if the suite runs on one ({@code -Dkc.test.database}). */
    public static java.util.Optional<LocalDatabase> selected() {
        String selected = org.keycloak.testframework.config.Config.getSelectedSupplier(
                org.keycloak.testframework.database.TestDatabase.class);
        return java.util.Arrays.stream(values())
                .filter(database -> database.alias.equals(selected))
                .findFirst();
    }

    String alias() {
        return alias;
    }

    String displayName() {
        return displayName;
    }

    String adminJdbcUrl() {
        return serverUrl + adminDatabase;
    }

    String user() {
        return user;
    }

    String dropSql() {
        return dropSql;
    }

    String createSql() {
        return createSql;
    }

    /** Keycloak's own options; no password: both servers here trust local connections for these users. */
    public Map<String, String> serverOptions() {
        return Map.of(
                "db", alias,
                "db-url", serverUrl + NAME,
                "db-username", user);
    }
}

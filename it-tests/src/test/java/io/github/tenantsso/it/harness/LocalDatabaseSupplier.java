package io.github.tenantsso.it.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.testframework.annotations.InjectTestDatabase;
import org.keycloak.testframework.database.DatabaseConfiguration;
import org.keycloak.testframework.database.TestDatabase;
import org.keycloak.testframework.injection.InstanceContext;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.injection.RequestedInstance;
import org.keycloak.testframework.injection.Supplier;
import org.keycloak.testframework.injection.SupplierOrder;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;
import org.keycloak.testframework.server.KeycloakServerConfigInterceptor;

/**
 * Runs the suite on the PostgreSQL or MariaDB server of this machine, selected with
 * {@code -Dkc.test.database=postgres} or {@code -Dkc.test.database=mariadb}.
 * <p>
 * Why not the test framework's own suppliers: its PostgreSQL and MariaDB suppliers start Testcontainers, and these
 * machines have no Docker engine; its {@code remote} supplier insists on a password, which MariaDB's local root does
 * not have, and reuses whatever a previous run left behind. This one drops and creates a dedicated database
 * ({@value LocalDatabase#NAME}) before the server starts, so every run begins with an empty schema that Keycloak's and
 * the pack's Liquibase changelogs build. The database is kept after the run for inspection.
 */
public final class LocalDatabaseSupplier
        implements Supplier<TestDatabase, InjectTestDatabase>,
                KeycloakServerConfigInterceptor<TestDatabase, InjectTestDatabase> {

    private static final Logger LOG = Logger.getLogger(LocalDatabaseSupplier.class);

    private final LocalDatabase database;

    LocalDatabaseSupplier(LocalDatabase database) {
        this.database = database;
    }

    @Override
    public String getAlias() {
        return database.alias();
    }

    @Override
    public TestDatabase getValue(InstanceContext<TestDatabase, InjectTestDatabase> instanceContext) {
        TestDatabase testDatabase = new FreshDatabase(database);
        testDatabase.start(new DatabaseConfiguration());
        return testDatabase;
    }

    @Override
    public boolean compatible(
            InstanceContext<TestDatabase, InjectTestDatabase> a,
            RequestedInstance<TestDatabase, InjectTestDatabase> b) {
        return true;
    }

    @Override
    public LifeCycle getDefaultLifecycle() {
        return LifeCycle.GLOBAL;
    }

    @Override
    public int order() {
        return SupplierOrder.BEFORE_KEYCLOAK_SERVER;
    }

    @Override
    public KeycloakServerConfigBuilder intercept(
            KeycloakServerConfigBuilder serverConfig,
            InstanceContext<TestDatabase, InjectTestDatabase> instanceContext) {
        return serverConfig.options(instanceContext.getValue().serverConfig());
    }

    private record FreshDatabase(LocalDatabase database) implements TestDatabase {

        @Override
        public void start(DatabaseConfiguration configuration) {
            try (Connection connection = DriverManager.getConnection(database.adminJdbcUrl(), database.user(), "");
                    Statement statement = connection.createStatement()) {
                statement.execute(database.dropSql());
                statement.execute(database.createSql());
                LOG.infof(
                        "Created an empty %s database %s at %s",
                        database.displayName(), LocalDatabase.NAME, database.adminJdbcUrl());
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "Cannot prepare the " + database.displayName() + " test database at "
                                + database.adminJdbcUrl() + " as " + database.user()
                                + ": is the server running? (.ci/run starts it; see README, Tests)",
                        e);
            }
        }

        @Override
        public void stop() {}

        @Override
        public Map<String, String> serverConfig() {
            return database.serverOptions();
        }
    }
}

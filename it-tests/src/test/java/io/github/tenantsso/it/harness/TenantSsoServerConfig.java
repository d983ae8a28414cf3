package io.github.tenantsso.it.harness;

import org.keycloak.common.Profile;
import org.keycloak.testframework.infinispan.CacheType;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The server every test runs against: Keycloak with all of the pack's JARs and the demo's sample application in
 * {@code providers/}, verifying domains
 * against the test run's own DNS server ({@link TestDns}), with the declarative UI the admin console tab needs and
 * metrics on the management port ({@link #METRICS_URL}).
 * Set as the suite-wide server config in {@code keycloak-test.properties}, so all test classes share one server.
 */
public final class TenantSsoServerConfig implements KeycloakServerConfig {

    static final String GROUP_ID = "io.github.tenantsso";

    /** Keycloak's metrics endpoint: the management port of the test framework's server. */
    public static final String METRICS_URL = "http://localhost:9000/metrics";

    static final String[] PACK_ARTIFACTS = {
        "tenant-sso-organization-provider", "tenant-sso-authenticators", "tenant-sso-admin-ui-ext", "tenant-sso-themes",
    };

    /** The demo's sample application, which DemoAppBrowserTest drives; never one of the pack's JARs. */
    static final String DEMO_APP_ARTIFACT = "tenant-sso-demo-app";

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        for (String artifactId : PACK_ARTIFACTS) {
            config.dependency(GROUP_ID, artifactId);
        }
        config.dependency(GROUP_ID, DEMO_APP_ARTIFACT);
        config.features(Profile.Feature.DECLARATIVE_UI);
        config.option("spi-tenant-sso--default--dns-resolver", TestDns.resolver())
                .option("spi-tenant-sso--default--dns-timeout-ms", "2000")
                // Short, so that a test can watch a claim lapse once its record is gone (DnsRecheckTest).
                .option("spi-tenant-sso--default--dns-recheck-interval-seconds", TestDns.RECHECK_INTERVAL_SECONDS)
                .option("spi-tenant-sso--default--dns-lapse-grace-seconds", TestDns.LAPSE_GRACE_SECONDS)
                // The pack's counters on the management port (AuditTrailTest reads them).
                .option("metrics-enabled", "true")
                // Tenant admins' connections to the test server's own IdP realms (PortalConnectionsTest).
                .option("spi-tenant-sso--default--portal-connection-fetch-allow-loopback", "true");
        if (LocalDatabase.selected().isPresent()) {
            // A shared database lets a second node join this one (SecondNode); H2 files cannot be shared.
            config.cache(CacheType.ISPN)
                    .option("cache-embedded-network-bind-address", "127.0.0.1")
                    .option("cache-embedded-network-bind-port", "7800");
        }
        return config;
    }
}

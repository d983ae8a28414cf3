package io.github.tenantsso.it.harness;

import io.github.tenantsso.domain.dns.LoopbackDnsServer;

/**
 * The DNS server the test Keycloak asks when it verifies a domain: a real DNS responder on 127.0.0.1, whose records
 * the tests publish. One per test run, like the Keycloak server it is configured into.
 */
public final class TestDns {

    /** How often the server under test re-checks DNS-verified claims, and how long it lets a record be gone. */
    public static final String RECHECK_INTERVAL_SECONDS = "2";

    public static final String LAPSE_GRACE_SECONDS = "4";

    private static final LoopbackDnsServer SERVER = new LoopbackDnsServer();

    private TestDns() {}

    public static LoopbackDnsServer server() {
        return SERVER;
    }

    /** The resolver setting for Keycloak: {@code 127.0.0.1:<port>}. */
    static String resolver() {
        return "127.0.0.1:" + SERVER.address().getPort();
    }
}

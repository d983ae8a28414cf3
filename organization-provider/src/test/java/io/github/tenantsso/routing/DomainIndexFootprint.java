package io.github.tenantsso.routing;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.tenantsso.domain.DomainName;

/**
 * Prints the heap an index retains per domain for a realm of 100,000 tenants with two verified domains and one
 * connection each, every tenth trusting another tenant's connection. A manual check, not a test: run its
 * {@code main} with the test classpath and {@code -XX:+UseSerialGC}, on an otherwise idle JVM.
 */
final class DomainIndexFootprint {

    private static final int TENANTS = 100_000;

    private DomainIndexFootprint() {
    }

    public static void main(String[] args) {
        // Loads the public suffix list and the index's classes first, so that only the index is counted.
        DomainIndex.build(List.of(), List.of(), List.of(), List.of()).candidates(DomainName.parse("a.b.example.com"));
        long before = usedHeapAfterGc();
        DomainIndex index = realm();
        long retained = usedHeapAfterGc() - before;
        System.out.printf("%d domains, %d bytes retained, %d bytes per domain%n",
                index.domainCount(), retained, retained / index.domainCount());
        Reference.reachabilityFence(index);
    }

    private static DomainIndex realm() {
        List<TenantRow> tenants = new ArrayList<>();
        List<DomainClaimRow> claims = new ArrayList<>();
        List<ConnectionRow> connections = new ArrayList<>();
        List<TrustRow> trusts = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            // Ids as Keycloak makes them, built from i so that the run repeats exactly.
            String id = new UUID(i, i * 31L).toString();
            tenants.add(new TenantRow(id, "tenant-" + i, true));
            claims.add(new DomainClaimRow(id, DomainName.parse("tenant-" + i + ".com"), false, true, 2L * i));
            claims.add(new DomainClaimRow(id, DomainName.parse("tenant-" + i + "-group.org"), true, true, 2L * i + 1));
            connections.add(new ConnectionRow("tenant-" + i + "-oidc", id, true, i));
            if (i % 10 == 9) {
                trusts.add(new TrustRow(id, "tenant-" + (i - 1) + "-oidc", i));
            }
        }
        return DomainIndex.build(tenants, claims, connections, trusts);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

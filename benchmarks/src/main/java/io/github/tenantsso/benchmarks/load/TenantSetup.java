package io.github.tenantsso.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates the N tenants of a realm through the admin API, several at a time: the organization with its domain, the
 * identity provider, and the link between them. A failure stops the creation and names the first tenant that failed.
 */
final class TenantSetup {

    /** The one tenant a piece of work is about, so that a failure can name it. */
    private interface TenantWork {
        void run(int tenant) throws Exception;
    }

    private final AdminClient admin;
    private final BenchRealms realms;
    private final int tenants;
    private final int threads;

    TenantSetup(AdminClient admin, BenchRealms realms, int tenants, int threads) {
        this.admin = admin;
        this.realms = realms;
        this.tenants = tenants;
        this.threads = threads;
    }

    void createTenants(String realm, long timeoutSeconds) throws IOException, InterruptedException {
        forEachTenant(timeoutSeconds, tenant -> {
            String id = admin.createOrganization(realm, realms.organization(tenant));
            admin.createIdentityProvider(realm, realms.identityProvider(realm, tenant));
            admin.linkIdentityProvider(realm, id, BenchRealms.connection(tenant));
        }, "creating tenants of " + realm);
    }

    /**
     * The pack data one call at a time, for a server whose import endpoint failed: each tenant's claim added and
     * verified on the admin's word, the shared domain for tenants 1 and 2, each connection bound (tenant 1's with
     * just-in-time joining), the policy.
     */
    void applyPackDataOneByOne(String realm, long timeoutSeconds) throws IOException, InterruptedException {
        admin.putPolicy(realm, "{\"crossTenantDomainSharing\":true,\"ambiguousNewUser\":\"BLOCK\",\"activeTenantLogin\":true,\"hintParameter\":\"tenantId\"}");
        forEachTenant(timeoutSeconds, tenant -> {
            String id = admin.organizationId(realm, BenchRealms.name(tenant), BenchRealms.alias(tenant));
            admin.addVerifiedClaim(realm, id, BenchRealms.domain(tenant), java.time.Duration.ofSeconds(120));
            if (tenant <= 2) {
                admin.addVerifiedClaim(realm, id, BenchRealms.SHARED_DOMAIN, java.time.Duration.ofSeconds(120));
            }
            admin.putConnection(realm, BenchRealms.connection(tenant),
                    "{\"organizationId\":\"" + id + "\",\"enabled\":true,\"jitEnabled\":" + (tenant == 1) + "}");
        }, "adding the pack's claims to " + realm);
    }

    private void forEachTenant(long timeoutSeconds, TenantWork work, String what) throws IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger(1);
        AtomicReference<String> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Void>> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            workers.add(() -> {
                for (int tenant = next.getAndIncrement(); tenant <= tenants && failure.get() == null; tenant = next.getAndIncrement()) {
                    try {
                        work.run(tenant);
                        if (tenant % Math.max(1, tenants / 10) == 0) {
                            LoadBenchmark.log("  " + what + ": " + tenant + " of " + tenants);
                        }
                    } catch (Exception e) {
                        failure.compareAndSet(null, "tenant " + tenant + ": " + e);
                    }
                }
                return null;
            });
        }
        List<Future<Void>> done = pool.invokeAll(workers, timeoutSeconds, TimeUnit.SECONDS);
        pool.shutdownNow();
        if (failure.get() != null) {
            throw new IOException(what + " failed at " + failure.get());
        }
        if (done.stream().anyMatch(Future::isCancelled)) {
            throw new IOException(what + " timed out after " + timeoutSeconds + " s, at tenant " + next.get());
        }
    }
}

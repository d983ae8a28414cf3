package io.github.tenantsso.benchmarks.load;

import java.io.IOException;
import java.time.Duration;
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
 * Creates the N tenants of a realm (the organization with its domain, the identity provider, the link between them)
 * in batches through the benchmark-only provider, one batch at a time, a few tenants per server transaction; and, for a server whose import
 * endpoint failed, adds the pack's data through its admin API. A failure stops the work and names where it failed.
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
    private final int batch;
    private final int perTransaction;

    TenantSetup(AdminClient admin, BenchRealms realms, int tenants, int threads, int batch, int perTransaction) {
        this.admin = admin;
        this.realms = realms;
        this.tenants = tenants;
        this.threads = threads;
        this.batch = batch;
        this.perTransaction = perTransaction;
    }

    void createTenants(String realm, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int first = 1; first <= tenants; first += batch) {
            int last = Math.min(tenants, first + batch - 1);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("creating tenants of " + realm + " timed out after " + timeout.toSeconds()
                        + " s, at tenant " + first);
            }
            try {
                admin.createTenants(
                        realm, realms.tenantBatch(realm, first, last), perTransaction, Duration.ofNanos(left));
            } catch (IOException e) {
                throw new IOException(
                        "creating tenants " + first + " to " + last + " of " + realm + " failed: " + e.getMessage(), e);
            }
            LoadBenchmark.log("  creating tenants of " + realm + ": " + last + " of " + tenants);
        }
    }

    /**
     * The pack data one call at a time, for a server whose import endpoint failed: each tenant's claim added and
     * verified on the admin's word, the shared domain for tenants 1 and 2, each connection bound (tenant 1's with
     * just-in-time joining), the policy.
     */
    void applyPackDataOneByOne(String realm, long timeoutSeconds) throws IOException, InterruptedException {
        admin.putPolicy(
                realm,
                "{\"crossTenantDomainSharing\":true,\"ambiguousNewUser\":\"BLOCK\",\"activeTenantLogin\":true,\"hintParameter\":\"tenantId\"}");
        forEachTenant(
                timeoutSeconds,
                tenant -> {
                    String id = admin.organizationId(realm, BenchRealms.name(tenant), BenchRealms.alias(tenant));
                    admin.addVerifiedClaim(realm, id, BenchRealms.domain(tenant), Duration.ofSeconds(120));
                    if (tenant <= 2) {
                        admin.addVerifiedClaim(realm, id, BenchRealms.SHARED_DOMAIN, Duration.ofSeconds(120));
                    }
                    admin.putConnection(
                            realm,
                            BenchRealms.connection(tenant),
                            "{\"tenantId\":\"" + id + "\",\"enabled\":true,\"jitEnabled\":" + (tenant == 1) + "}");
                },
                "adding the pack's claims to " + realm);
    }

    private void forEachTenant(long timeoutSeconds, TenantWork work, String what)
            throws IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger(1);
        AtomicReference<String> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Void>> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            workers.add(() -> {
                for (int tenant = next.getAndIncrement();
                        tenant <= tenants && failure.get() == null;
                        tenant = next.getAndIncrement()) {
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

package io.github.tenantsso.benchmarks.load;

import io.github.tenantsso.benchmarks.load.LoadResults.Step;
import io.github.tenantsso.benchmarks.load.LoginClient.Answer;
import io.github.tenantsso.benchmarks.load.LoginClient.Attempt;
import io.github.tenantsso.benchmarks.load.LoginClient.Timing;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load benchmark against a real server (run by {@code benchmarks/load.sh}): one Keycloak with the pack, a realm
 * routed by the pack and one by Keycloak's own organization login with the same N tenants, identity-first logins of
 * every outcome interleaved realm by realm, then the first login after a one-tenant change, the heap after GC, the
 * throughput of concurrent clients and a bulk import. Every loop is bounded and every wait has a timeout; the server
 * is stopped at the end, also when the run fails.
 */
public final class LoadBenchmark {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Keycloak's own cookies: left out when the active-tenant logins reuse the setup login's browser. */
    private static final Set<String> KEYCLOAK_COOKIES = Set.of(
            "KEYCLOAK_IDENTITY",
            "KEYCLOAK_IDENTITY_LEGACY",
            "KEYCLOAK_SESSION",
            "KEYCLOAK_SESSION_LEGACY",
            "AUTH_SESSION_ID",
            "AUTH_SESSION_ID_LEGACY",
            "KC_RESTART",
            "KC_AUTH_SESSION_HASH",
            "KEYCLOAK_REMEMBER_ME",
            "KC_STATE_CHECKER");

    private final LoadOptions options;
    private final KeycloakServer server;
    private final BenchRealms realms;
    private final LoginClient client;
    private final List<String> realmNames;
    private final LoadResults results;
    private CookieJar activeTenantBrowser = new CookieJar();
    private boolean finished;

    private LoadBenchmark(LoadOptions options) {
        this.options = options;
        this.server = new KeycloakServer(options);
        this.realms = new BenchRealms(options.tenants(), server.baseUrl());
        this.client = new LoginClient(LoginClient.newHttpClient(), server.baseUrl());
        this.realmNames =
                options.vanilla() ? List.of(BenchRealms.PACK, BenchRealms.VANILLA) : List.of(BenchRealms.PACK);
        this.results = new LoadResults(options.tenants(), LoginCase.all(realms, options.tenants()), realmNames);
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LoadBenchmark benchmark = new LoadBenchmark(options);
        // Ctrl-C or a kill still stops the server and reports what was measured so far.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> benchmark.finish("interrupted")));
        try {
            benchmark.run();
        } catch (Exception e) {
            e.printStackTrace();
            benchmark.finish(e.toString());
            return;
        }
        benchmark.finish(null);
    }

    /** Stops the server and writes the report, once, whichever of the end of the run and a shutdown comes first. */
    private synchronized void finish(String abortedBecause) {
        if (finished) {
            return;
        }
        finished = true;
        if (abortedBecause != null && results.aborted == null) {
            results.aborted = abortedBecause;
        }
        try {
            log("stopping Keycloak");
            server.close();
            String report = new Report(results, options).markdown();
            System.out.println(report);
            Files.createDirectories(options.results().getParent());
            Files.writeString(options.results(), report, StandardCharsets.UTF_8);
            log("results written to " + options.results());
        } catch (IOException e) {
            log("could not write the results: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() throws Exception {
        Files.createDirectories(options.workDir());
        log("preparing Keycloak under " + options.workDir());
        server.prepare();
        long t0 = System.nanoTime();
        realms.write(server.importFolder());
        results.realmFilesNanos = System.nanoTime() - t0;
        log("realm files for " + options.tenants() + " tenants written; starting Keycloak (log: "
                + options.workDir().resolve("keycloak.log") + ")");
        long t1 = System.nanoTime();
        server.start();
        server.awaitReady(options.startTimeout());
        results.startAndImportNanos = System.nanoTime() - t1;
        log("Keycloak ready after " + seconds(results.startAndImportNanos));
        results.heapBaseline = server.heapAfterGc();
        createTenants();
        if (options.restart()) {
            // The first logins below then meet what a node meets after a restart: the data in the database, no caches.
            log("restarting Keycloak");
            server.close();
            long restart = System.nanoTime();
            server.start();
            server.awaitReady(options.startTimeout());
            results.restartNanos = System.nanoTime() - restart;
            log("Keycloak ready again after " + seconds(results.restartNanos));
        }
        results.heapWithTenants = server.heapAfterGc();

        LoginCase cold = results.cases.get(1);
        if (options.vanilla()) {
            results.coldLogin.put(BenchRealms.VANILLA, coldLogin(BenchRealms.VANILLA, cold));
            warmUp(BenchRealms.VANILLA);
            results.heapAfterVanilla = server.heapAfterGc();
        } else {
            results.heapAfterVanilla = results.heapWithTenants;
        }
        Step packCold = coldLogin(BenchRealms.PACK, cold);
        results.coldLogin.put(BenchRealms.PACK, packCold);
        if (packCold.nanos() == null) {
            results.aborted =
                    "the pack realm's first login did not answer (" + packCold.note() + "); nothing else measured";
            return;
        }
        results.activeTenantSetup = signInOnceThroughTenantOne();
        warmUp(BenchRealms.PACK);
        results.heapAfterPack = server.heapAfterGc();
        results.packFootprint = packFootprint();

        measureInterleaved();
        for (String realm : realmNames) {
            results.throughput.put(realm, throughput(realm));
        }
        changeOneTenant();
        measureWrites();
    }

    private void createTenants() throws IOException, InterruptedException {
        AdminClient admin = new AdminClient(server.baseUrl());
        TenantSetup setup = new TenantSetup(
                admin,
                realms,
                options.tenants(),
                options.setupClients(),
                options.setupBatch(),
                options.setupTransaction());
        for (String realm : realmNames) {
            log("creating " + options.tenants() + " tenants in " + realm + " through the benchmark-only provider ("
                    + options.setupBatch() + " per request, " + options.setupTransaction() + " per transaction)");
            long start = System.nanoTime();
            setup.createTenants(realm, options.startTimeout());
            results.tenantsCreated.put(realm, Step.took(System.nanoTime() - start));
            log("  " + seconds(System.nanoTime() - start));
        }
        log("importing the pack's data (" + (options.tenants() + 2) + " verified claims and the policy, then "
                + options.tenants() + " connections) through the import endpoint (timeout "
                + options.importTimeout().toSeconds() + " s each)");
        try {
            long start = System.nanoTime();
            admin.importDocument(BenchRealms.PACK, realms.claimsDocument(), options.importTimeout());
            results.importWrite = Step.took(System.nanoTime() - start);
            log("  claims: " + seconds(results.importWrite.nanos()));
            start = System.nanoTime();
            admin.importDocument(BenchRealms.PACK, realms.connectionsDocument(), options.importTimeout());
            results.importConnections = Step.took(System.nanoTime() - start);
            log("  connections: " + seconds(results.importConnections.nanos()));
        } catch (IOException e) {
            Step failed = Step.failed(
                    LoginClient.isTimeout(e)
                            ? "timed out after " + options.importTimeout().toSeconds() + " s"
                            : e.toString());
            if (results.importWrite == null) {
                results.importWrite = failed;
            } else {
                results.importConnections = failed;
            }
            log("  " + failed.note() + "; restarting Keycloak, then adding the claims one by one instead");
            // A failed import can leave H2 unusable until a restart.
            server.close();
            server.start();
            server.awaitReady(options.startTimeout());
            long fallback = System.nanoTime();
            setup.applyPackDataOneByOne(BenchRealms.PACK, options.startTimeout().toSeconds());
            results.packDataOneByOne = Step.took(System.nanoTime() - fallback);
            log("  " + seconds(results.packDataOneByOne.nanos()));
        }
    }

    /** The pack's own structures on the server, measured there; empty (and said in the log) if that failed. */
    private OptionalLong packFootprint() throws InterruptedException {
        log("measuring the pack's own structures in the server (JOL)");
        try {
            long bytes = new AdminClient(server.baseUrl()).packFootprint(BenchRealms.PACK);
            log("  " + bytes + " bytes");
            return OptionalLong.of(bytes);
        } catch (IOException | NumberFormatException e) {
            log("  not measured: " + e);
            return OptionalLong.empty();
        }
    }

    private Step coldLogin(String realm, LoginCase c) {
        log("first login of realm " + realm + " (timeout "
                + options.coldTimeout().toSeconds() + " s)");
        return timedLogin(realm, c, options.coldTimeout());
    }

    /** One login whose whole duration is the figure, checked against the expected answer. */
    private Step timedLogin(String realm, LoginCase c, Duration timeout) {
        try {
            Timing timing = client.login(new Attempt(realm, c.parameters(realm), c.email()), jarFor(c), timeout);
            log("  " + seconds(timing.totalNanos()) + ": " + timing.answer().describe());
            if (!c.expect(realm).test().test(timing.answer())) {
                return new Step(
                        timing.totalNanos(),
                        "wrong answer: " + timing.answer().describe() + ", expected "
                                + c.expect(realm).description());
            }
            return Step.took(timing.totalNanos());
        } catch (IOException e) {
            String why = LoginClient.isTimeout(e) ? "timed out after " + timeout.toSeconds() + " s" : e.toString();
            log("  " + why);
            return Step.failed(why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Step.failed("interrupted");
        }
    }

    private void warmUp(String realm) throws InterruptedException {
        log("warming up realm " + realm + " (" + options.warmup() + " logins per outcome)");
        for (int round = 0; round < options.warmup(); round++) {
            for (LoginCase c : results.cases) {
                if (c.expect(realm) != null) {
                    once(realm, c, null);
                }
            }
        }
    }

    private void measureInterleaved() throws InterruptedException {
        log("measuring " + options.attempts() + " logins per outcome and realm, interleaved");
        for (int round = 0; round < options.attempts(); round++) {
            for (LoginCase c : results.cases) {
                // Alternate which realm goes first, so neither always meets the other's after-effects.
                for (int k = 0; k < realmNames.size(); k++) {
                    String realm = realmNames.get((round + k) % realmNames.size());
                    if (c.expect(realm) != null) {
                        once(realm, c, results.result(realm, c));
                    }
                }
            }
        }
    }

    private void once(String realm, LoginCase c, CaseResult into) throws InterruptedException {
        try {
            Timing timing =
                    client.login(new Attempt(realm, c.parameters(realm), c.email()), jarFor(c), REQUEST_TIMEOUT);
            if (into == null) {
                return;
            }
            if (c.expect(realm).test().test(timing.answer())) {
                into.emailStep.add(timing.postNanos());
                into.login.add(timing.totalNanos());
            } else {
                into.wrong(timing.answer().describe());
            }
        } catch (IOException | RuntimeException e) {
            if (into != null) {
                into.wrong(e.toString());
            }
        }
    }

    private CookieJar jarFor(LoginCase c) {
        return c.activeTenantCookies() ? activeTenantBrowser.copy(name -> true) : new CookieJar();
    }

    /**
     * Gives {@link BenchRealms#ACTIVE_USER} an active tenant the only way the pack records one: a complete broker
     * login (hint to tenant 1, the identity provider realm's password page, landing with just-in-time joining). The
     * browser's cookies, without Keycloak's session cookies, are reused by the active-tenant logins, in case the pack
     * remembers the active tenant in the browser.
     */
    private String signInOnceThroughTenantOne() {
        log("signing " + BenchRealms.ACTIVE_USER + " in once through tenant 1's identity provider");
        CookieJar jar = new CookieJar();
        try {
            Timing routed = client.login(
                    new Attempt(BenchRealms.PACK, "&tenantId=" + BenchRealms.alias(1), BenchRealms.ACTIVE_USER),
                    jar,
                    REQUEST_TIMEOUT);
            URI atIdp = routed.answer().leftTo();
            if (atIdp == null || !atIdp.toString().startsWith(realms.authorizationUrl(BenchRealms.PACK, 1))) {
                return "not routed to tenant 1's identity provider: "
                        + routed.answer().describe();
            }
            Answer loginPage = client.open(BenchRealms.IDP, atIdp, jar, REQUEST_TIMEOUT);
            String action = FormAction.of(loginPage.body(), "kc-form-login")
                    .orElseThrow(() ->
                            new IOException("no password form at the identity provider: " + loginPage.describe()));
            Answer back = client.submit(
                    BenchRealms.IDP,
                    loginPage.uri().resolve(action),
                    Map.of("username", BenchRealms.ACTIVE_USER, "password", BenchRealms.ACTIVE_PASSWORD),
                    jar,
                    REQUEST_TIMEOUT);
            if (back.leftTo() == null) {
                return "the identity provider did not send the user back: " + back.describe();
            }
            Answer landed = client.open(BenchRealms.PACK, back.leftTo(), jar, REQUEST_TIMEOUT);
            if (landed.leftTo() == null || !landed.leftTo().toString().startsWith(LoginClient.CALLBACK)) {
                return "the login did not reach the application: " + landed.describe() + " "
                        + LoginClient.abbreviate(landed.body());
            }
            activeTenantBrowser = jar.copy(name -> !KEYCLOAK_COOKIES.contains(name));
            return "signed in";
        } catch (IOException | RuntimeException e) {
            return "failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private LoadResults.Throughput throughput(String realm) throws InterruptedException {
        log("throughput of realm " + realm + ": " + options.clients() + " clients, " + options.loginsPerClient()
                + " logins each");
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.clients());
        List<Callable<Void>> workers = new ArrayList<>();
        for (int w = 0; w < options.clients(); w++) {
            Random random = new Random(w);
            LoginClient own = new LoginClient(LoginClient.newHttpClient(), server.baseUrl());
            workers.add(() -> {
                for (int i = 0; i < options.loginsPerClient(); i++) {
                    int tenant = 1 + random.nextInt(options.tenants());
                    LoginCase c = LoginCase.redirect(realms, "redirect", tenant);
                    try {
                        Timing t = own.login(new Attempt(realm, "", c.email()), new CookieJar(), REQUEST_TIMEOUT);
                        (c.expect(realm).test().test(t.answer()) ? ok : wrong).incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        wrong.incrementAndGet();
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        List<Future<Void>> done = pool.invokeAll(workers, 30, TimeUnit.MINUTES);
        long elapsed = System.nanoTime() - start;
        pool.shutdownNow();
        boolean cancelled = done.stream().anyMatch(Future::isCancelled);
        return new LoadResults.Throughput(
                options.clients(), ok.get(), wrong.get(), elapsed, cancelled ? "stopped after 30 minutes" : null);
    }

    /** A verified claim added to the middle tenant through the admin API, then the first login that needs it. */
    private void changeOneTenant() {
        int middle = LoginCase.middle(options.tenants());
        log("adding a verified claim to tenant " + middle + ", then its first login (timeout "
                + options.changeTimeout().toSeconds() + " s)");
        AdminClient admin = new AdminClient(server.baseUrl());
        try {
            String id = admin.organizationId(BenchRealms.PACK, BenchRealms.name(middle), BenchRealms.alias(middle));
            long start = System.nanoTime();
            admin.addVerifiedClaim(BenchRealms.PACK, id, LoginCase.CHANGED_DOMAIN, options.changeTimeout());
            results.changeWrite = Step.took(System.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            results.changeWrite = Step.failed(
                    LoginClient.isTimeout(e)
                            ? "timed out after " + options.changeTimeout().toSeconds() + " s"
                            : e.toString());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        LoginCase changed = new LoginCase(
                "changed",
                "user@" + LoginCase.CHANGED_DOMAIN,
                "",
                LoginCase.Expect.redirectTo(realms.authorizationUrl(BenchRealms.PACK, middle)),
                null,
                false);
        results.changeLogin = timedLogin(BenchRealms.PACK, changed, options.changeTimeout());
    }

    /**
     * Claim writes one at a time, each on another tenant spread over the realm: what a write costs at this size (the
     * scale target is the same cost at 100,000 tenants as at 10).
     */
    private void measureWrites() {
        if (options.writes() == 0) {
            return;
        }
        log("timing " + options.writes() + " claim writes (add and verify, then delete)");
        AdminClient admin = new AdminClient(server.baseUrl());
        try {
            for (int i = 0; i < options.writes(); i++) {
                int tenant = 1 + (int) ((long) i * (options.tenants() - 1) / Math.max(1, options.writes() - 1));
                String id = admin.organizationId(BenchRealms.PACK, BenchRealms.name(tenant), BenchRealms.alias(tenant));
                String domain = "w" + i + ".writes.test";
                long start = System.nanoTime();
                admin.addVerifiedClaim(BenchRealms.PACK, id, domain, options.changeTimeout());
                long added = System.nanoTime();
                admin.deleteClaim(BenchRealms.PACK, id, domain, options.changeTimeout());
                results.claimAdded.add(added - start);
                results.claimDeleted.add(System.nanoTime() - added);
            }
        } catch (IOException | RuntimeException e) {
            results.writesFailed = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    static void log(String message) {
        System.err.println("[load " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}

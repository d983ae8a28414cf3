package io.github.tenantsso.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Whether the session API answers a real tenant and an unknown one alike, in body and in time, against a real server
 * (run by {@code benchmarks/session-timing.sh}): one Keycloak with the pack, the load benchmark's pack realm with a few
 * tenants, a real user session of tenant 1 made by a broker login through its connection, then interleaved pairs of
 * requests naming a real other tenant (which does not trust the session's connection) and a made-up one, by alias and
 * by id: {@code POST .../session/tenant} and {@code GET .../tenants/{t}/me}. Within each pair the order alternates;
 * any difference of status or body (the name the caller sent put aside) is counted as a failure.
 */
public final class SessionTimingBenchmark {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int REFRESH_EVERY_ROUNDS = 25;
    /** The load benchmark's settings this one starts from; any key=value given on the command line wins. */
    private static final List<String> DEFAULTS = List.of(
            "tenants=3",
            "vanilla=false",
            "restart=false",
            "http-port=8181",
            "management-port=9181",
            "attempts=150",
            "warmup=30",
            "heap=1g",
            "work=benchmarks/target/session-timing",
            "results=benchmarks/target/session-timing/results.md");

    /** A request of the session API naming a tenant: the switch (a POST body) or the tenant-scoped read (a path). */
    private enum Endpoint {
        SWITCH("POST .../session/tenant", "login_required"),
        MEMBER("GET .../tenants/{t}/me", "wrong_tenant");

        final String label;
        final String expectedError;

        Endpoint(String label, String expectedError) {
            this.label = label;
            this.expectedError = expectedError;
        }
    }

    /** One comparison: the same request naming a real tenant and an unknown one, and what was measured. */
    private static final class Pair {
        final String name;
        final Endpoint endpoint;
        final String real;
        final String unknown;
        final Samples realNanos = new Samples();
        final Samples unknownNanos = new Samples();
        final List<String> differences = new ArrayList<>();
        String expectedBody;

        Pair(String name, Endpoint endpoint, String real, String unknown) {
            this.name = name;
            this.endpoint = endpoint;
            this.real = real;
            this.unknown = unknown;
        }
    }

    private record Reply(int status, String body, long nanos) {}

    private final LoadOptions options;
    private final KeycloakServer server;
    private final BenchRealms realms;
    private final HttpClient http = LoginClient.newHttpClient();
    private final String realmUrl;
    private String loadBefore;
    private Instant measured;
    private final List<Pair> pairs = new ArrayList<>();
    private String token;

    private SessionTimingBenchmark(LoadOptions options) {
        this.options = options;
        this.server = new KeycloakServer(options);
        this.realms = new BenchRealms(options.tenants(), server.baseUrl());
        this.realmUrl = server.baseUrl() + "/realms/" + BenchRealms.PACK + "/tenant-sso";
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(
                    Stream.concat(DEFAULTS.stream(), Stream.of(args)).toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SessionTimingBenchmark benchmark = new SessionTimingBenchmark(options);
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stop));
        int failures;
        try {
            benchmark.run();
            failures = benchmark.report();
        } finally {
            benchmark.stop();
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private synchronized void stop() {
        try {
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() throws Exception {
        Files.createDirectories(options.workDir());
        LoadBenchmark.log("preparing Keycloak under " + options.workDir());
        server.prepare();
        realms.write(server.importFolder());
        LoadBenchmark.log("starting Keycloak (log: " + server.log() + ")");
        server.start();
        server.awaitReady(options.startTimeout());
        AdminClient admin = new AdminClient(server.baseUrl());
        LoadBenchmark.log(
                "creating " + options.tenants() + " tenants and importing the pack's data into " + BenchRealms.PACK);
        new TenantSetup(
                        admin,
                        realms,
                        options.tenants(),
                        options.setupClients(),
                        options.setupBatch(),
                        options.setupTransaction())
                .createTenants(BenchRealms.PACK, options.startTimeout());
        admin.importDocument(BenchRealms.PACK, realms.claimsDocument(), options.importTimeout());
        admin.importDocument(BenchRealms.PACK, realms.connectionsDocument(), options.importTimeout());
        // The session API's tenant-scoped read needs a token that names its tenant: the pack's tenant mapper on the
        // client.
        admin.addProtocolMapper(BenchRealms.PACK, admin.clientUuid(BenchRealms.PACK, LoginClient.CLIENT_ID), """
                {"name":"tenant","protocol":"openid-connect","protocolMapper":"tenant-sso-tenant-mapper",
                 "config":{"claim.name":"tenant","access.token.claim":"true","id.token.claim":"true","userinfo.token.claim":"true"}}""");

        LoadBenchmark.log("signing " + BenchRealms.ACTIVE_USER + " in through tenant 1's identity provider");
        BrokerToken tokens = new BrokerToken(http, server.baseUrl(), realms, REQUEST_TIMEOUT);
        token = tokens.signIn();
        Reply own = send(Endpoint.MEMBER, BenchRealms.alias(1));
        if (own.status() != 200 || !own.body().contains("\"alias\":\"" + BenchRealms.alias(1) + "\"")) {
            throw new IOException("the session is not one of tenant 1: GET .../tenants/t1/me answered " + own.status()
                    + " " + LoginClient.abbreviate(own.body()));
        }

        String other = BenchRealms.alias(2);
        String otherId = admin.organizationId(BenchRealms.PACK, BenchRealms.name(2), other);
        String unknownAlias = BenchRealms.alias(options.tenants() + 1);
        String unknownId = UUID.randomUUID().toString();
        pairs.add(new Pair("switch, by alias", Endpoint.SWITCH, other, unknownAlias));
        pairs.add(new Pair("switch, by id", Endpoint.SWITCH, otherId, unknownId));
        pairs.add(new Pair("me, by alias", Endpoint.MEMBER, other, unknownAlias));
        pairs.add(new Pair("me, by id", Endpoint.MEMBER, otherId, unknownId));

        loadBefore = loadAverage();
        measured = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        LoadBenchmark.log("warming up (" + options.warmup() + " rounds), then " + options.attempts()
                + " interleaved rounds of every pair");
        for (int round = 0; round < options.warmup() + options.attempts(); round++) {
            if (round % REFRESH_EVERY_ROUNDS == 0) {
                token = tokens.refresh();
            }
            boolean measured = round >= options.warmup();
            for (Pair pair : pairs) {
                // Alternate which goes first, so neither always meets the other's after-effects.
                boolean realFirst = round % 2 == 0;
                for (boolean real : realFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    String reference = real ? pair.real : pair.unknown;
                    Reply reply = send(pair.endpoint, reference);
                    check(pair, reference, reply);
                    if (measured) {
                        (real ? pair.realNanos : pair.unknownNanos).add(reply.nanos());
                    }
                }
            }
        }
    }

    private Reply send(Endpoint endpoint, String reference) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder().timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token);
        if (endpoint == Endpoint.SWITCH) {
            request.uri(URI.create(realmUrl + "/session/tenant"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"tenant\":\"" + reference + "\"}"));
        } else {
            request.uri(URI.create(realmUrl + "/tenants/" + LoginClient.encode(reference) + "/me"))
                    .GET();
        }
        HttpRequest built = request.build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), System.nanoTime() - start);
    }

    /** The answer must be the pair's expected refusal, the same for both names but for the name the caller sent. */
    private static void check(Pair pair, String reference, Reply reply) {
        String body = reply.status() + " " + reply.body().replace(reference, "{tenant}");
        if (pair.expectedBody == null
                && reply.status() == 403
                && reply.body().contains("\"" + pair.endpoint.expectedError + "\"")) {
            pair.expectedBody = body;
        }
        if (!body.equals(pair.expectedBody) && pair.differences.size() < 1000) {
            pair.differences.add((reference.equals(pair.real) ? "real: " : "unknown: ") + LoginClient.abbreviate(body));
        }
    }

    private int report() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## Session API: a real and an unknown tenant\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%s; Keycloak %s; %d tenants; %d measured rounds after %d warm-up rounds;"
                        + " %d cores, Java %s; load average (1, 5, 15 min) %s at the start, %s at the end.%n%n",
                measured,
                options.distZip().getFileName(),
                options.tenants(),
                options.attempts(),
                options.warmup(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                loadBefore,
                loadAverage()));
        out.append(
                "| request | real tenant median / p90 / p99 (ms) | unknown tenant median / p90 / p99 (ms) |"
                        + " median difference real - unknown (ms) | 95% bootstrap interval (ms) | Mann-Whitney p | different answers |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        int failures = 0;
        for (Pair pair : pairs) {
            MedianDifference difference = MedianDifference.of(values(pair.realNanos), values(pair.unknownNanos));
            failures += pair.differences.size();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s (%s) | %s | %s | %+.3f | %+.3f to %+.3f | %.3f | %d |%n",
                    pair.endpoint.label,
                    pair.name.substring(pair.name.indexOf(", ") + 2),
                    percentiles(pair.realNanos),
                    percentiles(pair.unknownNanos),
                    millis(difference.nanos()),
                    millis(difference.lowNanos()),
                    millis(difference.highNanos()),
                    difference.mannWhitneyP(),
                    pair.differences.size()));
        }
        for (Pair pair : pairs) {
            pair.differences.stream()
                    .limit(5)
                    .forEach(d -> out.append("\n- ")
                            .append(pair.name)
                            .append(", different answer: ")
                            .append(d));
        }
        out.append(
                failures == 0
                        ? "\nEvery answer of a pair was the same (status and body).\n"
                        : "\n\nFAIL: " + failures + " different answers.\n");
        System.out.println(out);
        Path results = options.results();
        Files.createDirectories(results.getParent());
        Files.writeString(results, out.toString(), StandardCharsets.UTF_8);
        LoadBenchmark.log("results written to " + results);
        return failures;
    }

    private static long[] values(Samples samples) {
        long[] values = new long[samples.size()];
        int[] next = {0};
        samples.forEach(v -> values[next[0]++] = v);
        return values;
    }

    private static String percentiles(Samples samples) {
        return String.format(
                Locale.ROOT,
                "%.2f / %.2f / %.2f",
                millis(samples.median()),
                millis(samples.percentile(90)),
                millis(samples.percentile(99)));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}

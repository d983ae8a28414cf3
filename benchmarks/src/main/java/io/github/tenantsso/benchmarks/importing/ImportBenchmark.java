package io.github.tenantsso.benchmarks.importing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the pack's bulk import against a running Keycloak with the pack: creates a realm of {@code tenants}
 * organizations, by default with one {@code POST .../organizations} each from four clients, with
 * {@code -Dorganizations=realm-import} through Keycloak's own realm import ({@code POST /admin/realms} with the
 * organizations in the representation, what {@code kc.sh import} does), with {@code -Dorganizations=bench-provider}
 * in batches through the benchmark-only provider ({@code tenant-sso-benchmarks-*-bench-provider.jar} in the
 * server's {@code providers/}), then imports {@code claims} verified domain claims spread over them with
 * {@code POST .../tenant-sso/import}, imports the same document again (every entry unchanged), and imports ten new
 * claims into the full realm. Prints the wall-clock time of each step as the client sees it. With
 * {@code -Drealm=name} it uses that realm (of organizations {@code t000000}...) instead of creating one; with
 * {@code -DkeepRealm=true} it leaves the realm in place; {@code -DfirstClaim=n} numbers the claims' domains from n.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.tenantsso.benchmarks.importing.ImportBenchmark \
 *     http://127.0.0.1:8080 admin admin 10000 100000</pre>
 */
public final class ImportBenchmark {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int THREADS = 4;
    private static final int BATCH = 1_000;
    private static final int PER_TRANSACTION = 500;
    private static final Duration TOKEN_RENEWAL = Duration.ofSeconds(30);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final String server;
    private final String username;
    private final String password;
    private String token;
    private long tokenIssued;

    private ImportBenchmark(String server, String username, String password) {
        this.server = server;
        this.username = username;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ImportBenchmark <server-url> <admin-user> <admin-password> <tenants> <claims>");
            System.exit(2);
        }
        new ImportBenchmark(args[0], args[1], args[2]).run(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    }

    private void run(int tenants, int claims) throws Exception {
        String existing = System.getProperty("realm");
        String realm = existing != null ? existing : "import-bench-" + System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "realm %s: %,d organizations, %,d claims%n", realm, tenants, claims);

        long start = System.nanoTime();
        String how = System.getProperty("organizations", "admin-api");
        if (existing == null && "realm-import".equals(how)) {
            Reply created = send("POST", "/admin/realms", realmWithOrganizations(realm, tenants));
            report("create realm with organizations (Keycloak realm import)", start, created);
        } else if (existing == null) {
            report(
                    "create realm",
                    start,
                    send(
                            "POST",
                            "/admin/realms",
                            "{\"realm\":\"" + realm + "\",\"enabled\":true,\"organizationsEnabled\":true}"));
            start = System.nanoTime();
            if ("bench-provider".equals(how)) {
                createOrganizationsInBatches(realm, tenants);
                report(
                        "create " + tenants + " organizations (benchmark-only provider, " + PER_TRANSACTION
                                + " per transaction)",
                        start,
                        new Reply(204, ""));
            } else {
                createOrganizations(realm, tenants);
                report(
                        "create " + tenants + " organizations (admin API, " + THREADS + " clients)",
                        start,
                        new Reply(201, ""));
            }
        }

        int first = Integer.getInteger("firstClaim", 0);
        String document = claims(tenants, claims, first);
        System.out.printf(Locale.ROOT, "document: %,d bytes%n", document.getBytes(StandardCharsets.UTF_8).length);
        String importPath = "/admin/realms/" + realm + "/tenant-sso/import";

        start = System.nanoTime();
        report("import " + claims + " claims", start, send("POST", importPath, document));

        start = System.nanoTime();
        report("import the same document again (all unchanged)", start, send("POST", importPath, document));

        start = System.nanoTime();
        report(
                "import 10 new claims into the full realm",
                start,
                send("POST", importPath, claims(tenants, 10, first + claims)));

        start = System.nanoTime();
        Reply routed = send(
                "GET",
                "/realms/" + realm + "/tenant-sso/discovery?email="
                        + URLEncoder.encode("ann@d" + (first + claims - 1) + ".example", StandardCharsets.UTF_8),
                null);
        report("first discovery after the import (index build)", start, routed);

        if (!Boolean.getBoolean("keepRealm")) {
            start = System.nanoTime();
            report("delete realm", start, send("DELETE", "/admin/realms/" + realm, null));
        }
    }

    /** One {@code POST .../organizations} each, from a few clients at once: each is its own short transaction. */
    private void createOrganizations(String realm, int tenants) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int t = 0; t < tenants; t++) {
                String body = "{\"name\":\"" + tenant(t) + "\",\"alias\":\"" + tenant(t) + "\",\"enabled\":true}";
                replies.add(clients.submit(() -> send("POST", "/admin/realms/" + realm + "/organizations", body)));
            }
            for (Future<Reply> reply : replies) {
                if (reply.get().status() != 201) {
                    throw new IllegalStateException("creating an organization failed: HTTP "
                            + reply.get().status() + " " + reply.get().body());
                }
            }
        } finally {
            clients.shutdown();
        }
    }

    /** Batches of organizations through the benchmark-only provider, one transaction each, one after the other. */
    private void createOrganizationsInBatches(String realm, int tenants) throws Exception {
        for (int from = 0; from < tenants; from += BATCH) {
            StringJoiner batch = new StringJoiner(",", "[", "]");
            for (int t = from; t < Math.min(tenants, from + BATCH); t++) {
                batch.add("{\"organization\":{\"name\":\"" + tenant(t) + "\",\"alias\":\"" + tenant(t)
                        + "\",\"enabled\":true}}");
            }
            Reply reply = send(
                    "POST",
                    "/admin/realms/" + realm + "/bench-tenants?perTransaction=" + PER_TRANSACTION,
                    batch.toString());
            if (reply.status() != 204) {
                throw new IllegalStateException(
                        "creating organizations " + from + "... failed: HTTP " + reply.status() + " " + reply.body());
            }
        }
    }

    private static String realmWithOrganizations(String realm, int tenants) {
        StringJoiner organizations = new StringJoiner(",");
        for (int t = 0; t < tenants; t++) {
            organizations.add("{\"name\":\"" + tenant(t) + "\",\"alias\":\"" + tenant(t) + "\",\"enabled\":true}");
        }
        return "{\"realm\":\"" + realm + "\",\"enabled\":true,\"organizationsEnabled\":true,\"organizations\":["
                + organizations + "]}";
    }

    /** Claims {@code from} to {@code from + count - 1}, dealt round-robin to the tenants, each on a domain of its own. */
    private static String claims(int tenants, int count, int from) {
        StringJoiner domains = new StringJoiner(",");
        for (int i = from; i < from + count; i++) {
            domains.add(
                    "{\"tenant\":\"" + tenant(i % tenants) + "\",\"domain\":\"d" + i + ".example\",\"verified\":true}");
        }
        return "{\"domains\":[" + domains + "]}";
    }

    private static String tenant(int t) {
        return String.format(Locale.ROOT, "t%06d", t);
    }

    private long serverCpuAtLastReport = serverCpuMillis();

    /** Wall-clock time, and with {@code -Dserver.pid} the CPU time the server process spent meanwhile. */
    private void report(String step, long start, Reply reply) {
        String body = reply.body().length() > 300 ? reply.body().substring(0, 300) + "..." : reply.body();
        long cpu = serverCpuMillis();
        String cpuText =
                cpu < 0 ? "" : String.format(Locale.ROOT, " (server CPU %.1f s)", (cpu - serverCpuAtLastReport) / 1e3);
        serverCpuAtLastReport = cpu;
        System.out.printf(
                Locale.ROOT,
                "%-55s %8.1f s%s  HTTP %d %s%n",
                step,
                (System.nanoTime() - start) / 1e9,
                cpuText,
                reply.status(),
                body);
        if (reply.status() >= 300) {
            throw new IllegalStateException(step + " failed");
        }
    }

    private record Reply(int status, String body) {}

    /** User and system CPU time of the server's process from {@code /proc} (Linux), or -1 without {@code -Dserver.pid}. */
    private static long serverCpuMillis() {
        String pid = System.getProperty("server.pid");
        if (pid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of proc(5), in clock ticks of (almost always) 1/100 s.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The admin token, renewed after 30 s: the master realm's tokens live a minute, some steps take longer. */
    private Reply send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token != null && System.nanoTime() - tokenIssued < TOKEN_RENEWAL.toNanos()) {
            return token;
        }
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(server + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("admin login failed: HTTP " + response.statusCode());
        }
        token = matcher.group(1);
        tokenIssued = System.nanoTime();
        return token;
    }
}

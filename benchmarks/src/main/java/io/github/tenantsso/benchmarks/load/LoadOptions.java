package io.github.tenantsso.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's settings, given as {@code key=value} arguments (see {@link #USAGE}).
 */
record LoadOptions(
        int tenants,
        boolean vanilla,
        int httpPort,
        int managementPort,
        int attempts,
        int warmup,
        int clients,
        int loginsPerClient,
        int setupClients,
        int setupBatch,
        int setupTransaction,
        boolean restart,
        Duration startTimeout,
        Duration coldTimeout,
        Duration changeTimeout,
        Duration importTimeout,
        int writes,
        String heap,
        Path distZip,
        List<Path> providers,
        Path workDir,
        Path results,
        List<String> serverArgs) {

    static final String USAGE = """
            LoadBenchmark key=value ...
              tenants=1000          tenants in each realm (at least 3)
              vanilla=true          also build and measure the realm with Keycloak's own organization login
              http-port=8180        Keycloak's HTTP port on 127.0.0.1
              management-port=9180  Keycloak's management port on 127.0.0.1 (health)
              attempts=40           measured logins per outcome and realm
              warmup=5              unmeasured logins per outcome and realm before the measured ones
              clients=8             concurrent clients of the throughput run
              logins-per-client=50  logins each of them makes per realm
              restart=true          restart Keycloak once the tenants exist, so the first logins meet cold caches
              setup-batch=2000      tenants created per request of the benchmark-only provider
              setup-transaction=500 of which in each transaction of the server
              setup-clients=4       concurrent admin API clients adding the pack's data one call at a time, if the import fails
              start-timeout=3600    seconds to wait for Keycloak to start, and for the tenants of each realm to be created
              cold-timeout=600      seconds the first login of a realm may take before it is reported as timed out
              change-timeout=600    seconds the first login after a one-tenant change may take
              import-timeout=600    seconds the pack's import endpoint may take (then the claims are added one by one)
              writes=20             claims each added, verified and deleted through the admin API, timed one by one
              heap=2g               Keycloak's -Xms and -Xmx
              dist=PATH             keycloak-quarkus-dist zip (required)
              providers=A.jar,B.jar the pack's JARs for providers/ (required)
              work=benchmarks/target/load   where Keycloak is unpacked and its log written
              results=PATH          Markdown file for the results (default: <work>/results-<tenants>.md)
              server-args=A,B       extra arguments for kc.sh start-dev
            """;

    private static final Set<String> KEYS = Set.of(
            "tenants",
            "vanilla",
            "http-port",
            "management-port",
            "attempts",
            "warmup",
            "clients",
            "logins-per-client",
            "setup-clients",
            "setup-batch",
            "setup-transaction",
            "restart",
            "start-timeout",
            "cold-timeout",
            "change-timeout",
            "import-timeout",
            "writes",
            "heap",
            "dist",
            "providers",
            "work",
            "results",
            "server-args");

    static LoadOptions parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg : arg.substring(0, eq);
            if (eq < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
            given.put(key, arg.substring(eq + 1));
        }
        Path work =
                Path.of(given.getOrDefault("work", "benchmarks/target/load")).toAbsolutePath();
        int tenants = positive(given, "tenants", 1000);
        if (tenants < 3) {
            throw new IllegalArgumentException("tenants must be at least 3");
        }
        Path dist = existing(required(given, "dist"));
        List<Path> providers = Arrays.stream(required(given, "providers").split(","))
                .filter(s -> !s.isBlank())
                .map(LoadOptions::existing)
                .toList();
        Path results = given.containsKey("results")
                ? Path.of(given.get("results")).toAbsolutePath()
                : work.resolve("results-" + tenants + ".md");
        List<String> serverArgs = Arrays.stream(
                        given.getOrDefault("server-args", "").split(","))
                .filter(s -> !s.isBlank())
                .toList();
        return new LoadOptions(
                tenants,
                Boolean.parseBoolean(given.getOrDefault("vanilla", "true")),
                positive(given, "http-port", 8180),
                positive(given, "management-port", 9180),
                positive(given, "attempts", 40),
                nonNegative(given, "warmup", 5),
                positive(given, "clients", 8),
                positive(given, "logins-per-client", 50),
                positive(given, "setup-clients", 4),
                positive(given, "setup-batch", 2000),
                positive(given, "setup-transaction", 500),
                Boolean.parseBoolean(given.getOrDefault("restart", "true")),
                seconds(given, "start-timeout", 3600),
                seconds(given, "cold-timeout", 600),
                seconds(given, "change-timeout", 600),
                seconds(given, "import-timeout", 600),
                nonNegative(given, "writes", 20),
                given.getOrDefault("heap", "2g"),
                dist,
                providers,
                work,
                results,
                serverArgs);
    }

    private static String required(Map<String, String> given, String key) {
        String value = given.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + "= is required\n" + USAGE);
        }
        return value;
    }

    private static Path existing(String path) {
        Path p = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no such file: " + p);
        }
        return p;
    }

    private static int positive(Map<String, String> given, String key, int otherwise) {
        int value = nonNegative(given, key, otherwise);
        if (value == 0) {
            throw new IllegalArgumentException(key + " must be positive");
        }
        return value;
    }

    private static int nonNegative(Map<String, String> given, String key, int otherwise) {
        String value = given.get(key);
        try {
            int parsed = value == null ? otherwise : Integer.parseInt(value);
            if (parsed < 0) {
                throw new IllegalArgumentException(key + " must not be negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number: " + value, e);
        }
    }

    private static Duration seconds(Map<String, String> given, String key, int otherwise) {
        return Duration.ofSeconds(positive(given, key, otherwise));
    }
}

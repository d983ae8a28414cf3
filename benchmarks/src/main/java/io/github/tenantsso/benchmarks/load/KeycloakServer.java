package io.github.tenantsso.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One Keycloak distribution under the benchmark's work folder, with the pack's JARs in {@code providers/}, a fresh
 * H2 database each run, the benchmark's realms imported at start, and HTTP and management bound to 127.0.0.1.
 */
final class KeycloakServer implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final LoadOptions options;
    private final Path home;
    private Process process;

    KeycloakServer(LoadOptions options) {
        this.options = options;
        this.home = options.workDir().resolve(topFolder(options.distZip()));
    }

    Path log() {
        return options.workDir().resolve("keycloak.log");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + options.httpPort();
    }

    Path importFolder() {
        return home.resolve("data/import");
    }

    /** Unpacks the distribution once, then replaces its providers and deletes its database and earlier imports. */
    void prepare() throws IOException {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            unzip(options.distZip(), options.workDir());
        }
        Path providers = home.resolve("providers");
        deleteRecursively(providers);
        Files.createDirectories(providers);
        for (Path jar : options.providers()) {
            Files.copy(jar, providers.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        deleteRecursively(home.resolve("data"));
        Files.deleteIfExists(log());
        Files.createDirectories(importFolder());
    }

    void start() throws IOException {
        for (int port : new int[] {options.httpPort(), options.managementPort()}) {
            try (java.net.Socket taken = new java.net.Socket("127.0.0.1", port)) {
                throw new IOException("port " + port + " on 127.0.0.1 is already in use (another Keycloak?); choose "
                        + "other ports with http-port= and management-port=");
            } catch (java.net.ConnectException free) {
                // nobody listens: the port is ours
            }
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + options.httpPort(),
                "--http-management-host=127.0.0.1",
                "--http-management-port=" + options.managementPort(),
                "--hostname-strict=false",
                "--health-enabled=true",
                // start-dev turns off the theme and template caches that start keeps on; without them every page
                // re-reads and re-parses its templates and messages, which is not what a production login costs.
                "--spi-theme--cache-themes=true",
                "--spi-theme--cache-templates=true",
                "--spi-theme--static-max-age=2592000",
                "--import-realm"));
        command.addAll(options.serverArgs());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms" + options.heap() + " -Xmx" + options.heap());
        // JOL cannot ask Unsafe for the field offsets of records (the pack's caches hold records); it then finds them
        // by probing instead.
        builder.environment().put("JAVA_OPTS_APPEND", "-Djol.magicFieldOffset=true");
        process = builder.start();
    }

    /** Waits until the management port says ready, the process ended, or the timeout passed. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + options.managementPort() + "/health/ready");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak ended with exit code " + process.exitValue()
                        + " before it was ready; see " + options.workDir().resolve("keycloak.log"));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IOException("Keycloak not ready after " + timeout.toSeconds() + " s");
    }

    /** The used heap after two full collections, by {@code jcmd}; empty if jcmd cannot be run. */
    OptionalLong heapAfterGc() throws IOException, InterruptedException {
        String pid = Long.toString(serverPid());
        jcmd(pid, "GC.run");
        Thread.sleep(500);
        jcmd(pid, "GC.run");
        Thread.sleep(500);
        return HeapInfo.usedBytes(jcmd(pid, "GC.heap_info"));
    }

    /**
     * The server's JVM: {@code kc.sh} usually execs it, but when it must first re-augment it runs the server as its
     * child, so the youngest Java process among the script and its descendants is taken.
     */
    private long serverPid() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("/java") || c.equals("java"))
                        .orElse(false))
                .reduce((first, second) -> second)
                .map(ProcessHandle::pid)
                .orElse(process.pid());
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", pid, command)
                .redirectErrorStream(true)
                .start();
        byte[] out = jcmd.getInputStream().readAllBytes();
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Stops the server: its JVM may be a child of {@code kc.sh}, so the script's descendants are stopped first. */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        for (ProcessHandle p : all) {
            p.destroy();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (ProcessHandle p : all) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static String topFolder(Path zip) {
        String name = zip.getFileName().toString();
        // keycloak-quarkus-dist-26.7.3.zip unpacks to keycloak-26.7.3/
        return "keycloak-" + name.replaceFirst("^keycloak-quarkus-dist-", "").replaceFirst("\\.zip$", "");
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (out.toString().endsWith(".sh")) {
                    out.toFile().setExecutable(true);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package io.github.tenantsso.it.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second Keycloak node that joins the test server's cluster over loopback, on the same database.
 * <p>
 * Why a harness of our own: the test framework's distribution mode runs one server on fixed ports (8080, 9000), and
 * its cluster support needs containers. This starts a copy of the framework's installation (so the two processes
 * never share a data directory) on ports 8081 and 9001 with the same database and providers, and embedded
 * Infinispan bound to 127.0.0.1; the nodes find each other through the database (Keycloak's default JDBC_PING).
 */
public final class SecondNode implements AutoCloseable {

    public static final String BASE_URL = "http://localhost:8081";
    private static final Path FRAMEWORK_INSTALLATION = Path.of("/tmp", "kc-test-framework", "keycloak");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration CLUSTER_TIMEOUT = Duration.ofMinutes(3);

    private static final Path LOG = Path.of("target", "second-node.log");

    private final Process process;

    private SecondNode(Process process) {
        this.process = process;
    }

    /** The node's output so far, line by line. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the node and waits until it serves requests. */
    public static SecondNode start(LocalDatabase database) {
        Path home = copyOfInstallation();
        List<String> command = new ArrayList<>(List.of(
                "./kc.sh",
                "start-dev",
                "--http-port=8081",
                "--http-management-port=9001",
                "--cache=ispn",
                "--cache-embedded-network-bind-address=127.0.0.1",
                "--cache-embedded-network-bind-port=7801",
                "--spi-tenant-sso--default--dns-resolver=" + TestDns.resolver(),
                "--spi-tenant-sso--default--dns-timeout-ms=2000",
                "--spi-tenant-sso--default--dns-recheck-interval-seconds=" + TestDns.RECHECK_INTERVAL_SECONDS,
                "--spi-tenant-sso--default--dns-lapse-grace-seconds=" + TestDns.LAPSE_GRACE_SECONDS));
        for (Map.Entry<String, String> option : database.serverOptions().entrySet()) {
            command.add("--" + option.getKey() + "=" + option.getValue());
        }
        File log = LOG.toFile();
        try {
            Process process = new ProcessBuilder(command)
                    .directory(home.resolve("bin").toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            SecondNode node = new SecondNode(process);
            node.awaitReady(log);
            node.awaitClusterOfTwo(log);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOfInstallation() {
        Path target = Path.of("target", "second-node").toAbsolutePath();
        try (Stream<Path> installations = Files.list(FRAMEWORK_INSTALLATION)) {
            Path source = installations
                    .filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow(() ->
                            new IllegalStateException("No Keycloak installation under " + FRAMEWORK_INSTALLATION));
            deleteRecursively(target);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else if (!file.startsWith(source.resolve("data"))) {
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(File log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The second node exited with " + process.exitValue() + "; see " + log.getAbsolutePath());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection)
                        URI.create(BASE_URL + "/realms/master").toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            sleep(Duration.ofSeconds(1));
        }
        close();
        throw new IllegalStateException(
                "The second node did not start within " + START_TIMEOUT + "; see " + log.getAbsolutePath());
    }

    /**
     * Serving requests is not yet being part of the cluster: when discovery runs while the machine is busy, the node
     * first forms a cluster of its own and merges with the first node later. Tests start only after the merge, when
     * Infinispan logs a view with both members.
     */
    private void awaitClusterOfTwo(File log) {
        // ISPN000094 for a view, ISPN000093 for a merged one; the count follows the view id: "[node|3] (2) [...]".
        Pattern twoMembers = Pattern.compile(
                "ISPN00009[34]: Received new.* cluster view for channel \\S+: (?:MergeView::)?\\[[^\\]]*\\] \\((\\d+)\\)");
        long deadline = System.nanoTime() + CLUSTER_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                for (String line : Files.readAllLines(log.toPath())) {
                    Matcher view = twoMembers.matcher(line);
                    if (view.find() && Integer.parseInt(view.group(1)) >= 2) {
                        return;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sleep(Duration.ofSeconds(1));
        }
        close();
        throw new IllegalStateException("The second node did not join the first one's cluster within " + CLUSTER_TIMEOUT
                + "; see " + log.getAbsolutePath());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

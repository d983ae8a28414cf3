package io.github.tenantsso.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadOptionsTest {

    @TempDir
    Path folder;

    @Test
    void takesTheDefaultsOfTheDocumentation() throws IOException {
        LoadOptions options = LoadOptions.parse(
                "tenants=1000",
                "dist=" + file("kc.zip"),
                "providers=" + file("a.jar") + "," + file("b.jar"),
                "work=" + folder);

        assertThat(options.httpPort()).isEqualTo(8180);
        assertThat(options.managementPort()).isEqualTo(9180);
        assertThat(options.attempts()).isEqualTo(40);
        assertThat(options.clients()).isEqualTo(8);
        assertThat(options.vanilla()).isTrue();
        assertThat(options.restart()).isTrue();
        assertThat(options.coldTimeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(options.providers()).hasSize(2);
        assertThat(options.setupBatch()).isEqualTo(2000);
        assertThat(options.setupTransaction()).isEqualTo(500);
        assertThat(options.results()).isEqualTo(folder.resolve("results-1000.md"));
    }

    @Test
    void readsWhatIsGiven() throws IOException {
        LoadOptions options = LoadOptions.parse(
                "tenants=100000",
                "vanilla=false",
                "http-port=18080",
                "cold-timeout=1800",
                "server-args=--log-level=WARN,--cache=local",
                "dist=" + file("kc.zip"),
                "providers=" + file("a.jar"));

        assertThat(options.tenants()).isEqualTo(100000);
        assertThat(options.vanilla()).isFalse();
        assertThat(options.httpPort()).isEqualTo(18080);
        assertThat(options.coldTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(options.serverArgs()).containsExactly("--log-level=WARN", "--cache=local");
    }

    @Test
    void refusesWhatItCannotRun() throws IOException {
        String dist = "dist=" + file("kc.zip");
        String providers = "providers=" + file("a.jar");

        assertThatThrownBy(() -> LoadOptions.parse("tenants=2", dist, providers))
                .hasMessageContaining("at least 3");
        assertThatThrownBy(() -> LoadOptions.parse("tenant=1000", dist, providers))
                .hasMessageContaining("unknown argument tenant=1000");
        assertThatThrownBy(() -> LoadOptions.parse("attempts=many", dist, providers))
                .hasMessageContaining("attempts must be a number");
        assertThatThrownBy(() -> LoadOptions.parse("clients=0", dist, providers))
                .hasMessageContaining("clients must be positive");
        assertThatThrownBy(() -> LoadOptions.parse(providers)).hasMessageContaining("dist= is required");
        assertThatThrownBy(() -> LoadOptions.parse("dist=" + folder.resolve("missing.zip"), providers))
                .hasMessageContaining("no such file");
    }

    private Path file(String name) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            Files.writeString(file, "x");
        }
        return file;
    }
}

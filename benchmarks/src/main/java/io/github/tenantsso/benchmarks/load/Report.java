package io.github.tenantsso.benchmarks.load;

import io.github.tenantsso.benchmarks.load.LoadResults.Step;
import io.github.tenantsso.benchmarks.load.LoadResults.Throughput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.OptionalLong;

/** The results of one run as Markdown: the tables of {@code docs/benchmarks.md} and a PASS/FAIL line per target. */
final class Report {

    private static final long TWO_KB = 2048;
    private static final long IMPORT_TARGET_NANOS = 60_000_000_000L;

    private final LoadResults r;
    private final LoadOptions options;
    private final StringBuilder out = new StringBuilder();

    Report(LoadResults results, LoadOptions options) {
        this.r = results;
        this.options = options;
    }

    String markdown() {
        line("## " + String.format("%,d", r.tenants) + " tenants, "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        line("");
        line("Machine: " + machine() + ". Keycloak " + options.distZip().getFileName()
                + ", start-dev with theme and template caching on (as start has it), H2, heap "
                + options.heap() + ". " + options.attempts() + " measured logins per outcome and realm after "
                + options.warmup() + " warm-up logins, interleaved.");
        line("");
        if (r.aborted != null) {
            line("**Run stopped early:** " + r.aborted);
            line("");
        }
        line("| setup | time |");
        line("|---|---|");
        line("| realm files written (" + (options.vanilla() ? "pack and vanilla" : "pack only") + ") | "
                + seconds(r.realmFilesNanos) + " |");
        line("| Keycloak start, realms without tenants imported | " + seconds(r.startAndImportNanos) + " |");
        r.tenantsCreated.forEach((realm, step) -> line("| " + String.format("%,d", r.tenants) + " tenants created in "
                + realm + " (benchmark-only provider: organization, identity provider, link as JPA entities, "
                + options.setupTransaction() + " per transaction) | " + step(step) + " |"));
        line("| pack data imported (import endpoint): policy and " + String.format("%,d", r.tenants + 2)
                + " verified claims | " + step(r.importWrite) + " |");
        if (r.importConnections != null) {
            line("| pack data imported (import endpoint): " + String.format("%,d", r.tenants)
                    + " connection bindings | " + step(r.importConnections) + " |");
        }
        if (r.packDataOneByOne != null) {
            line("| pack data added one call at a time instead (admin API) | " + step(r.packDataOneByOne) + " |");
        }
        if (r.restartNanos != null) {
            line("| Keycloak restart with the tenants in the database | " + seconds(r.restartNanos) + " |");
        }
        r.coldLogin.forEach((realm, step) -> line("| first login of " + realm
                + (r.restartNanos != null ? " after the restart" : " after its tenants were created") + " | "
                + step(step) + " |"));
        line("");
        line("E-mail step (POST of the e-mail until the answer: the redirect out of the realm, or the page), ms:");
        line("");
        line(
                "| outcome | pack median | pack p90 | pack p99 | vanilla median | vanilla p90 | vanilla p99 | pack / vanilla (median) | wrong answers (pack, vanilla) |");
        line("|---|---|---|---|---|---|---|---|---|");
        Map<LoginCase, CaseResult> pack = r.byRealm.get(BenchRealms.PACK);
        Map<LoginCase, CaseResult> vanilla = r.byRealm.getOrDefault(BenchRealms.VANILLA, Map.of());
        for (LoginCase c : r.cases) {
            CaseResult p = pack.get(c);
            CaseResult v = vanilla.get(c);
            line("| " + c.name() + " | " + stats(p == null ? null : p.emailStep) + " | "
                    + stats(v == null ? null : v.emailStep) + " | " + ratio(p, v) + " | " + wrong(p) + ", " + wrong(v)
                    + " |");
        }
        line("");
        Samples packLogin = r.redirects(BenchRealms.PACK, true);
        Samples vanillaLogin = r.redirects(BenchRealms.VANILLA, true);
        line("Whole redirect login (GET of the login page plus the e-mail step), all redirect outcomes: pack "
                + stats(packLogin).replace(" | ", " / ") + " ms, vanilla "
                + stats(vanillaLogin).replace(" | ", " / ") + " ms (median / p90 / p99).");
        line("");
        first(pack).ifPresent(w -> line("First wrong answer of the pack realm: " + w));
        first(vanilla).ifPresent(w -> line("First wrong answer of the vanilla realm: " + w));
        if (r.activeTenantSetup != null) {
            line("Active-tenant setup (one broker login through tenant 1): " + r.activeTenantSetup + ".");
        }
        line("");
        line("| measurement | value |");
        line("|---|---|");
        line("| heap after GC: baseline after the start, before any tenant | " + mb(r.heapBaseline) + " |");
        line("| heap after GC: with the tenants and the pack data"
                + (r.restartNanos != null ? ", after the restart" : "") + " | " + mb(r.heapWithTenants) + " ("
                + perTenant(r.heapBaseline, r.heapWithTenants) + ") |");
        if (options.vanilla()) {
            line("| heap after GC: after the vanilla realm's first logins | " + mb(r.heapAfterVanilla) + " ("
                    + perTenant(r.heapWithTenants, r.heapAfterVanilla) + ") |");
        }
        line("| heap after GC: after the pack realm's first logins | " + mb(r.heapAfterPack) + " ("
                + perTenant(r.heapAfterVanilla, r.heapAfterPack) + ") |");
        line("| the pack's own structures on the server after its first logins (JOL: routing indexes and policy cache)"
                + " | " + mb(r.packFootprint) + " (" + perTenant(OptionalLong.of(0), r.packFootprint) + ") |");
        r.throughput.forEach((realm, t) ->
                line("| logins per second, " + realm + ", " + t.clients() + " clients | " + throughput(t) + " |"));
        line("| one-tenant change (add and verify a claim, admin API) | " + step(r.changeWrite) + " |");
        line("| first login after that change | " + step(r.changeLogin) + " |");
        writes("a claim added and verified (two admin calls)", r.claimAdded);
        writes("a claim deleted", r.claimDeleted);
        if (r.writesFailed != null) {
            line("| claim writes stopped | " + r.writesFailed + " |");
        }
        line("");
        targets(packLogin);
        return out.toString();
    }

    private void writes(String what, Samples samples) {
        if (samples.size() > 0) {
            line("| " + what + ", median / p90 / max (n=" + samples.size() + ") | " + ms(samples.median()) + " / "
                    + ms(samples.percentile(90)) + " / " + ms(samples.percentile(100)) + " ms |");
        }
    }

    private void targets(Samples packLogin) {
        line("Targets:");
        line("");
        Samples vanillaRedirect = r.redirects(BenchRealms.VANILLA, false);
        if (!options.vanilla() || vanillaRedirect.size() == 0) {
            line("- n/a: every outcome's median at or below vanilla's redirect median (no vanilla realm measured)");
        } else {
            long limit = vanillaRedirect.median();
            Map<LoginCase, CaseResult> pack = r.byRealm.get(BenchRealms.PACK);
            boolean all = true;
            StringBuilder worst = new StringBuilder();
            for (LoginCase c : r.cases) {
                CaseResult p = pack.get(c);
                if (p == null || p.emailStep.size() == 0 || p.wrongCount() > 0) {
                    all = false;
                    worst.append(" ").append(c.name()).append(": not measured or wrong answers;");
                } else if (p.emailStep.median() > limit) {
                    all = false;
                    worst.append(" ")
                            .append(c.name())
                            .append(" ")
                            .append(ms(p.emailStep.median()))
                            .append(" ms;");
                }
            }
            line("- " + verdict(all) + ": every outcome's median at or below vanilla's redirect median (" + ms(limit)
                    + " ms)" + (all ? "" : ":" + worst));
        }
        if (r.changeLogin == null || r.changeLogin.nanos() == null || packLogin.size() == 0) {
            line("- FAIL: first login after a one-tenant change within 2x a normal login's p99 ("
                    + (r.changeLogin == null ? "not measured" : step(r.changeLogin)) + ")");
        } else {
            long limit = 2 * packLogin.percentile(99);
            boolean ok = r.changeLogin.note() == null && r.changeLogin.nanos() <= limit;
            line("- " + verdict(ok) + ": first login after a one-tenant change within 2x a normal login's p99: "
                    + ms(r.changeLogin.nanos()) + " ms against " + ms(limit) + " ms"
                    + (r.changeLogin.note() == null ? "" : " (" + r.changeLogin.note() + ")"));
        }
        String scale = r.tenants == 100_000
                ? ""
                : " (the target is set at 100,000 tenants; this run has " + String.format("%,d", r.tenants) + ")";
        if (r.importWrite == null || r.importWrite.nanos() == null) {
            line("- FAIL: " + String.format("%,d", r.tenants + 2) + " claims imported in under 60 s" + scale + ": "
                    + (r.importWrite == null ? "not measured" : r.importWrite.note()));
        } else {
            line("- " + verdict(r.importWrite.nanos() < IMPORT_TARGET_NANOS) + ": "
                    + String.format("%,d", r.tenants + 2) + " claims imported in under 60 s" + scale + ": "
                    + seconds(r.importWrite.nanos()));
        }
        if (r.packFootprint.isEmpty()) {
            line("- FAIL: heap growth under 2 KB per tenant for the pack's own structures: not measured");
        } else {
            long perTenant = r.packFootprint.getAsLong() / r.tenants;
            line("- " + verdict(perTenant < TWO_KB)
                    + ": heap growth under 2 KB per tenant for the pack's own structures: " + perTenant + " bytes"
                    + heapContext());
        }
    }

    /** The whole heap's growth over the vanilla realm's, which also holds fixed costs and Keycloak's caches. */
    private String heapContext() {
        if (r.heapAfterPack.isEmpty() || r.heapAfterVanilla.isEmpty() || !options.vanilla()) {
            return "";
        }
        long growth = (r.heapAfterPack.getAsLong() - r.heapAfterVanilla.getAsLong()) / r.tenants;
        return " (the whole heap after GC grew " + growth + " bytes per tenant over the vanilla realm's: fixed costs of"
                + " the pack's pages and Keycloak's caches of what it reads included)";
    }

    static String machine() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .map(l -> ", " + Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB")
                    .findFirst()
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the CPU count and Java are still worth printing
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + ")" + memory + ", Java "
                + System.getProperty("java.version") + " for the driver";
    }

    private static java.util.Optional<String> first(Map<LoginCase, CaseResult> results) {
        return results.entrySet().stream()
                .filter(e -> e.getValue().firstWrong() != null)
                .map(e -> e.getKey().name() + ": " + e.getValue().firstWrong())
                .findFirst();
    }

    private static String stats(Samples s) {
        if (s == null || s.size() == 0) {
            return "n/a | n/a | n/a";
        }
        return ms(s.median()) + " | " + ms(s.percentile(90)) + " | " + ms(s.percentile(99));
    }

    private static String ratio(CaseResult pack, CaseResult vanilla) {
        if (pack == null || vanilla == null || pack.emailStep.size() == 0 || vanilla.emailStep.size() == 0) {
            return "n/a";
        }
        return String.format("%.2f", (double) pack.emailStep.median() / vanilla.emailStep.median());
    }

    private static String wrong(CaseResult result) {
        return result == null ? "n/a" : Integer.toString(result.wrongCount());
    }

    private static String step(Step step) {
        if (step == null) {
            return "not measured";
        }
        if (step.nanos() == null) {
            return step.note();
        }
        return seconds(step.nanos()) + (step.note() == null ? "" : " (" + step.note() + ")");
    }

    private static String throughput(Throughput t) {
        return String.format("%.1f", t.perSecond()) + " (" + t.logins() + " logins in " + seconds(t.elapsedNanos())
                + ", " + t.wrong() + " wrong or failed" + (t.note() == null ? "" : ", " + t.note()) + ")";
    }

    private String perTenant(OptionalLong before, OptionalLong after) {
        if (before.isEmpty() || after.isEmpty()) {
            return "n/a";
        }
        return String.format("%+,d bytes per tenant", (after.getAsLong() - before.getAsLong()) / r.tenants);
    }

    private static String mb(OptionalLong bytes) {
        return bytes.isEmpty() ? "not measured" : String.format("%.1f MB", bytes.getAsLong() / 1048576.0);
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    static String seconds(long nanos) {
        if (nanos < 10_000_000_000L) {
            return String.format("%.2f s", nanos / 1e9);
        }
        return String.format("%.1f s", nanos / 1e9);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}

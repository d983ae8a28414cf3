package io.github.tenantsso.benchmarks.scale;

import java.io.IOException;
import java.io.Writer;
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
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real-server scale measurement of docs/scale.md, driven by {@code benchmarks/scale/run-scale.sh}.
 *
 * <ul>
 * <li>{@code generate N FILE}: a realm JSON {@code scale} with N organizations {@code t<i>}, each with an OIDC
 * identity provider {@code t<i>-sso} linked to it, and the pack's document in the realm attribute {@code tenant-sso}
 * binding each connection and claiming {@code t<i>.scale.test} (verified); the routing browser flow and a public
 * client {@code app}. Keycloak's own realm import then creates everything.</li>
 * <li>{@code populate URL N THREADS}: the same N tenants made through the admin API instead (organization, identity
 * provider, connection binding, claim, verification: five calls per tenant, on THREADS threads), into a realm
 * imported with {@code generate 0}. Keycloak's realm import of organizations slows down with every organization it
 * holds (it flushes its whole session per organization), so beyond a few thousand tenants this is the faster way.</li>
 * <li>{@code cold URL N}: times the e-mail step of the first login (the one that builds the routing index).</li>
 * <li>{@code measure URL N SAMPLES}: times the e-mail step of SAMPLES normal logins to random tenants, then SAMPLES
 * rounds of a one-tenant change through the admin API (switching a random tenant's connection off, then on) each
 * followed by the very next login to that tenant, checking that it routes by the new data. The login after switching
 * on (a redirect) compares with the normal ones (redirects); the one after switching off gets the default method's
 * page, timed apart.</li>
 * </ul>
 * Logins are identity-first e-mail submissions of fresh browsers; the time is the POST of the e-mail form, from
 * request to the server's answer (a redirect to the broker, or the password page).
 */
public final class ScaleProbe {

    private static final String REALM = "scale";
    private static final String CALLBACK = "http://app.invalid/callback";
    private static final Pattern EMAIL_FORM = Pattern.compile("<form[^>]*id=\"kc-tenant-sso-email-form\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private ScaleProbe() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Integer.parseInt(args[1]), Path.of(args[2]));
            case "cold" -> {
                Login login = login(args[1], 0);
                System.out.printf("first login after start: %.1f ms (%s)%n", login.millis(), login.outcome());
            }
            case "measure" -> measure(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "populate" -> populate(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default ->
                throw new IllegalArgumentException(
                        "generate N FILE | populate URL N THREADS | cold URL N | measure URL N SAMPLES");
        }
    }

    private static void generate(int tenants, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("{\"realm\":\"" + REALM
                    + "\",\"enabled\":true,\"organizationsEnabled\":true,\"loginWithEmailAllowed\":true,");
            out.write("\"registrationEmailAsUsername\":true,\"browserFlow\":\"tenant-sso browser\",");
            out.write(
                    "\"clients\":[{\"clientId\":\"app\",\"publicClient\":true,\"standardFlowEnabled\":true,\"redirectUris\":[\""
                            + CALLBACK + "\"]}],");
            out.write(
                    "\"authenticationFlows\":[{\"alias\":\"tenant-sso browser\",\"providerId\":\"basic-flow\",\"topLevel\":true,\"builtIn\":false,"
                            + "\"authenticationExecutions\":[{\"authenticator\":\"auth-cookie\",\"requirement\":\"ALTERNATIVE\",\"priority\":10,\"authenticatorFlow\":false},"
                            + "{\"flowAlias\":\"tenant-sso forms\",\"requirement\":\"ALTERNATIVE\",\"priority\":30,\"authenticatorFlow\":true}]},"
                            + "{\"alias\":\"tenant-sso forms\",\"providerId\":\"basic-flow\",\"topLevel\":false,\"builtIn\":false,"
                            + "\"authenticationExecutions\":[{\"authenticator\":\"tenant-sso-routing\",\"requirement\":\"REQUIRED\",\"priority\":10,\"authenticatorFlow\":false},"
                            + "{\"authenticator\":\"auth-username-password-form\",\"requirement\":\"REQUIRED\",\"priority\":20,\"authenticatorFlow\":false}]}],");
            out.write("\"identityProviders\":[");
            for (int i = 0; i < tenants; i++) {
                out.write(
                        (i == 0 ? "" : ",") + "{\"alias\":\"t" + i + "-sso\",\"displayName\":\"Tenant " + i
                                + "\",\"providerId\":\"oidc\",\"enabled\":true,"
                                + "\"config\":{\"clientId\":\"c\",\"clientSecret\":\"s\",\"authorizationUrl\":\"http://localhost:8080/realms/nowhere/protocol/openid-connect/auth\",\"tokenUrl\":\"http://localhost:8080/realms/nowhere/protocol/openid-connect/token\"}}");
            }
            out.write("],\"organizations\":[");
            for (int i = 0; i < tenants; i++) {
                out.write((i == 0 ? "" : ",") + "{\"name\":\"Tenant " + i + "\",\"alias\":\"t" + i
                        + "\",\"enabled\":true," + "\"identityProviders\":[{\"alias\":\"t" + i + "-sso\"}]}");
            }
            out.write("],\"attributes\":{\"tenant-sso\":\"");
            StringBuilder document =
                    new StringBuilder("{\"policy\":{\"crossTenantDomainSharing\":false},\"domains\":[");
            for (int i = 0; i < tenants; i++) {
                document.append(i == 0 ? "" : ",")
                        .append("{\"tenant\":\"t")
                        .append(i)
                        .append("\",\"domain\":\"t")
                        .append(i)
                        .append(".scale.test\",\"verified\":true,\"verificationMethod\":\"ADMIN\"}");
            }
            document.append("],\"connections\":[");
            for (int i = 0; i < tenants; i++) {
                document.append(i == 0 ? "" : ",")
                        .append("{\"alias\":\"t")
                        .append(i)
                        .append("-sso\",\"tenant\":\"t")
                        .append(i)
                        .append("\"}");
            }
            document.append("],\"trusts\":[]}");
            out.write(document.toString().replace("\\", "\\\\").replace("\"", "\\\""));
            out.write("\"}}");
        }
    }

    private static void measure(String url, int tenants, int samples) throws Exception {
        Random random = new Random(20261201L);
        List<Double> normal = new ArrayList<>();
        List<Integer> routed = new ArrayList<>();
        int skipped = 0;
        while (normal.size() < samples) {
            int tenant = random.nextInt(tenants);
            Login login = login(url, tenant);
            if (!login.routed()) {
                // A tenant whose setup did not complete (a populate call that failed); left out, and counted.
                skipped++;
                continue;
            }
            normal.add(login.millis());
            routed.add(tenant);
        }
        if (skipped > 0) {
            System.out.println("left out " + skipped + " tenant(s) that did not route before any change");
        }
        List<Double> afterChange = new ArrayList<>();
        List<Double> switchedOff = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            int tenant = routed.get(random.nextInt(routed.size()));
            // Master's access tokens live a minute, and a round can take longer on a loaded machine: one per change.
            Admin.signIn(url)
                    .put(
                            "/admin/realms/" + REALM + "/tenant-sso/connections/t" + tenant + "-sso",
                            "{\"enabled\": false}");
            Login off = login(url, tenant);
            require(off, false);
            Admin.signIn(url)
                    .put(
                            "/admin/realms/" + REALM + "/tenant-sso/connections/t" + tenant + "-sso",
                            "{\"enabled\": true}");
            Login on = login(url, tenant);
            require(on, true);
            switchedOff.add(off.millis());
            afterChange.add(on.millis());
        }
        System.out.println("normal login (e-mail step)         " + stats(normal));
        System.out.println("first login after a change         " + stats(afterChange));
        // The default method's page lists the realm's identity providers (Keycloak's login page), so this one
        // measures that page's rendering too, not only routing.
        System.out.println("first login after switching off    " + stats(switchedOff));
    }

    private static void populate(String url, int tenants, int threads) throws Exception {
        long started = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                Admin admin = Admin.signIn(url);
                long signedIn = System.nanoTime();
                for (int i = next.getAndIncrement(); i < tenants; i = next.getAndIncrement()) {
                    if (System.nanoTime() - signedIn > Duration.ofSeconds(40).toNanos()) {
                        admin = Admin.signIn(url);
                        signedIn = System.nanoTime();
                    }
                    String realm = "/admin/realms/" + REALM;
                    String id = admin.post(
                                    realm + "/organizations",
                                    "{\"name\":\"Tenant " + i + "\",\"alias\":\"t" + i + "\",\"enabled\":true}")
                            .replaceAll(".*/", "");
                    admin.post(
                            realm + "/identity-provider/instances",
                            "{\"alias\":\"t" + i + "-sso\",\"displayName\":\"Tenant " + i
                                    + "\",\"providerId\":\"oidc\",\"enabled\":true,\"config\":{\"clientId\":\"c\",\"clientSecret\":\"s\","
                                    + "\"authorizationUrl\":\"http://localhost:8080/realms/nowhere/protocol/openid-connect/auth\","
                                    + "\"tokenUrl\":\"http://localhost:8080/realms/nowhere/protocol/openid-connect/token\"}}");
                    admin.put(realm + "/tenant-sso/connections/t" + i + "-sso", "{\"tenantId\":\"" + id + "\"}");
                    admin.post(
                            realm + "/tenant-sso/tenants/" + id + "/domains", "{\"domain\":\"t" + i + ".scale.test\"}");
                    admin.post(
                            realm + "/tenant-sso/tenants/" + id + "/domains/t" + i + ".scale.test/verify",
                            "{\"method\":\"admin\"}");
                    if (i % 1000 == 999) {
                        System.out.printf("%d tenants after %.0f s%n", i + 1, (System.nanoTime() - started) / 1e9);
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf(
                "populated %d tenants through the admin API in %.0f s%n", tenants, (System.nanoTime() - started) / 1e9);
    }

    private static void require(Login login, boolean routed) {
        if (login.routed() != routed) {
            throw new IllegalStateException(
                    "expected " + (routed ? "a redirect to the tenant's connection" : "the default method") + ", got "
                            + login.outcome());
        }
    }

    private static String stats(List<Double> millis) {
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(
                "n=%d median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    record Login(double millis, boolean routed, String outcome) {}

    /** One identity-first login of a fresh browser for a user of tenant {@code t<tenant>}; times the e-mail POST. */
    private static Login login(String url, int tenant) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String authorize =
                url + "/realms/" + REALM + "/protocol/openid-connect/auth?client_id=app&response_type=code&scope=openid"
                        + "&redirect_uri=" + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8);
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(authorize)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher form = EMAIL_FORM.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("no e-mail form: " + page.statusCode() + " " + page.body());
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("e-mail form without action: " + form.group());
        }
        // Keycloak marks its cookies Secure, which Java's cookie manager would not send over http as browsers do for
        // 127.0.0.1: they are passed on by hand.
        String cookies = String.join(
                "; ",
                page.headers().allValues("Set-Cookie").stream()
                        .map(cookie -> cookie.split(";", 2)[0])
                        .toList());
        String email = "user" + tenant + "@t" + tenant + ".scale.test";
        HttpRequest post = HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> answer = browser.send(post, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - started) / 1e6;
        String location = answer.headers().firstValue("Location").orElse("");
        boolean routed = answer.statusCode() / 100 == 3 && location.contains("/broker/t" + tenant + "-sso/login");
        return new Login(
                millis,
                routed,
                answer.statusCode() + " " + (location.isEmpty() ? "(page)" : location.replaceAll("\\?.*", "")));
    }

    /** The master realm's admin, through the admin-cli password grant. */
    private record Admin(HttpClient http, String url, String token) {

        static Admin signIn(String url) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
            if (!token.find()) {
                throw new IllegalStateException("admin sign-in failed: " + response.body());
            }
            return new Admin(http, url, token.group(1));
        }

        void put(String path, String json) throws Exception {
            send(path, "PUT", json);
        }

        /** @return the Location header of the answer, or its body */
        String post(String path, String json) throws Exception {
            HttpResponse<String> response = send(path, "POST", json);
            return response.headers().firstValue("Location").orElse(response.body());
        }

        /** Retries a 500 a few times: concurrent writers of one realm wait on its version attribute's row lock. */
        private HttpResponse<String> send(String path, String method, String json) throws Exception {
            HttpResponse<String> response = null;
            for (int attempt = 0; attempt < 4 && (response == null || response.statusCode() == 500); attempt++) {
                response = http.send(
                        HttpRequest.newBuilder(URI.create(url + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            return response;
        }
    }
}

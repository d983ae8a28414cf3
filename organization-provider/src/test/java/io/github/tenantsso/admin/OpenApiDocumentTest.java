package io.github.tenantsso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.tenantsso.audit.AuditQueryParams;
import io.github.tenantsso.connection.setup.SetupRefusal;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.importexport.ImportProblem;
import io.github.tenantsso.publicapi.TenantSsoRealmResource;
import io.github.tenantsso.signin.InvalidTenantPolicyException;
import io.github.tenantsso.signin.SessionLimits;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the OpenAPI document that the admin API serves in step with the JAX-RS resources it describes.
 */
class OpenApiDocumentTest {

    private static final String DOCUMENT = "/META-INF/tenant-sso-openapi.yaml";
    private static final String ADMIN_PREFIX = "/admin/realms/{realm}/tenant-sso";
    private static final String PUBLIC_PREFIX = "/realms/{realm}/tenant-sso";
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    /** CORS preflights ({@code OPTIONS}) are browser plumbing, not operations: the document leaves them out. */
    private static final Map<Class<? extends java.lang.annotation.Annotation>, String> JAX_RS_METHODS = Map.of(
            GET.class,
            "get",
            PUT.class,
            "put",
            POST.class,
            "post",
            DELETE.class,
            "delete",
            PATCH.class,
            "patch",
            HEAD.class,
            "head");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(DOCUMENT)) {
            assertThat(in)
                    .as("%s on the class path, where the admin resource reads it", DOCUMENT)
                    .isNotNull();
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void isAnOpenApi31Document() {
        assertThat(document.path("openapi").isTextual()).isTrue();
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        assertThat(document.path("info").path("title").asText()).isNotBlank();
        assertThat(document.path("paths").isObject()).isTrue();
    }

    @Test
    void resolvesEveryReferenceWithinTheDocument() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty();
        assertThat(references)
                .as("$ref values that do not point into this document")
                .filteredOn(ref ->
                        !ref.startsWith("#/") || document.at(ref.substring(1)).isMissingNode())
                .isEmpty();
    }

    @Test
    void documentsEveryEndpointOfTheAdminAndPublicApi() {
        Set<String> implemented = new TreeSet<>();
        collectOperations(TenantSsoAdminResource.class, ADMIN_PREFIX, implemented, new HashSet<>());
        collectOperations(TenantSsoRealmResource.class, PUBLIC_PREFIX, implemented, new HashSet<>());

        assertThat(implemented).as("operations found by reflection").hasSizeGreaterThan(2);
        assertThat(documentedOperations()).isEqualTo(implemented);
    }

    @Test
    void declaresEveryPathParameterOfEachOperationAndNoOther() {
        forEachOperation((path, method, operation, pathItem) -> {
            Set<String> inTemplate = new TreeSet<>();
            Matcher matcher = PATH_PARAMETER.matcher(path);
            while (matcher.find()) {
                inTemplate.add(matcher.group(1));
            }
            Set<String> declared = new TreeSet<>();
            for (JsonNode parameter : concat(pathItem.path("parameters"), operation.path("parameters"))) {
                JsonNode resolved = resolve(parameter);
                if ("path".equals(resolved.path("in").asText())) {
                    assertThat(resolved.path("required").asBoolean())
                            .as(
                                    "%s %s: path parameter %s is required",
                                    method, path, resolved.path("name").asText())
                            .isTrue();
                    declared.add(resolved.path("name").asText());
                }
            }
            assertThat(declared).as("path parameters of %s %s", method, path).isEqualTo(inTemplate);
        });
    }

    @Test
    void givesEveryOperationASummaryADescriptionAndAResponse() {
        forEachOperation((path, method, operation, pathItem) -> {
            assertThat(operation.path("summary").asText())
                    .as("summary of %s %s", method, path)
                    .isNotBlank();
            assertThat(operation.path("description").asText())
                    .as("description of %s %s", method, path)
                    .isNotBlank();
            assertThat(operation.path("responses").size())
                    .as("responses of %s %s", method, path)
                    .isPositive();
            operation
                    .path("responses")
                    .fields()
                    .forEachRemaining(response -> assertThat(resolve(response.getValue())
                                    .path("description")
                                    .asText())
                            .as("description of response %s of %s %s", response.getKey(), method, path)
                            .isNotBlank());
        });
    }

    @Test
    void asksForAnAdminTokenOnTheAdminApiAUserTokenOnTheSessionApiAndAPortalTokenOnThePortalApi() {
        Set<String> globalSchemes = schemeNames(document.path("security"));
        assertThat(globalSchemes).containsExactly("keycloakAdmin");
        assertThat(document.at("/components/securitySchemes/keycloakAdmin/scheme")
                        .asText())
                .isEqualTo("bearer");

        forEachOperation((path, method, operation, pathItem) -> {
            Set<String> schemes = operation.has("security") ? schemeNames(operation.get("security")) : globalSchemes;
            Set<String> statuses = fieldNames(operation.path("responses"));
            if (path.startsWith(ADMIN_PREFIX + "/")) {
                assertThat(schemes).as("security of %s %s", method, path).containsExactly("keycloakAdmin");
                assertThat(statuses).as("responses of %s %s", method, path).contains("401", "403");
            } else if (path.startsWith(PUBLIC_PREFIX + "/portal/api/")) {
                assertThat(schemes).as("security of %s %s", method, path).containsExactly("portalUser");
                assertThat(statuses).as("responses of %s %s", method, path).contains("401");
                if (path.contains("/tenants/{tenantId}")) {
                    assertThat(statuses)
                            .as("responses of %s %s: a tenant not administered is not found", method, path)
                            .contains("404");
                }
            } else if (path.startsWith(PUBLIC_PREFIX + "/session") || path.startsWith(PUBLIC_PREFIX + "/tenants/")) {
                assertThat(schemes).as("security of %s %s", method, path).containsExactly("keycloakUser");
                assertThat(statuses).as("responses of %s %s", method, path).contains("401", "403");
            } else {
                assertThat(schemes).as("security of %s %s", method, path).isEmpty();
                assertThat(statuses).as("responses of %s %s", method, path).doesNotContain("401", "403");
            }
        });
    }

    /**
     * The codes come from the sources: the literal first argument of every {@code ApiException} factory call,
     * {@code ConflictException} and {@code ApiError}, plus the codes of {@link InvalidDomainException.Reason}, of
     * {@link ImportProblem.Code}, of {@link AuditQueryParams.Code} and of {@link SetupRefusal}.
     */
    @Test
    void listsEveryErrorCodeTheApiSendsAndNoOther() throws IOException {
        Pattern thrown =
                Pattern.compile("(?:ApiException\\.\\w+|new ConflictException|new ApiError)\\(\\s*\"([a-z_]+)\"");
        Set<String> sent = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = thrown.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    sent.add(matcher.group(1));
                }
            }
        }
        Arrays.stream(InvalidDomainException.Reason.values())
                .map(InvalidDomainException.Reason::code)
                .forEach(sent::add);
        Arrays.stream(ImportProblem.Code.values()).map(ImportProblem.Code::code).forEach(sent::add);
        Arrays.stream(AuditQueryParams.Code.values())
                .map(AuditQueryParams.Code::code)
                .forEach(sent::add);
        Arrays.stream(SetupRefusal.values()).map(SetupRefusal::code).forEach(sent::add);
        // A tenant policy's refusal carries its code in the exception (TenantPolicyResource answers e.code()).
        sent.add(InvalidTenantPolicyException.INVALID);
        sent.add(SessionLimits.EXCEEDS_REALM);

        Set<String> documented = new TreeSet<>();
        document.at("/components/schemas/ApiError/properties/error/enum")
                .forEach(code -> documented.add(code.asText()));

        assertThat(sent).as("error codes in the sources").contains("invalid_request", "claim_exists", "public_suffix");
        assertThat(documented).isEqualTo(sent);
    }

    private static Set<String> documentedOperations() {
        Set<String> documented = new TreeSet<>();
        forEachOperation(
                (path, method, operation, pathItem) -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path));
        return documented;
    }

    /**
     * Adds "METHOD /path" for each resource method of {@code type}, and follows sub-resource locators (a
     * {@code @Path} without an HTTP method) into the class they return.
     */
    private static void collectOperations(
            Class<?> type, String prefix, Set<String> operations, Set<Class<?>> visiting) {
        assertThat(visiting.add(type))
                .as("sub-resource locators of %s loop", type.getName())
                .isTrue();
        String base = join(prefix, pathOf(type));
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String path = join(base, pathOf(method));
            List<String> httpMethods = JAX_RS_METHODS.entrySet().stream()
                    .filter(entry -> method.isAnnotationPresent(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            if (!httpMethods.isEmpty()) {
                httpMethods.forEach(httpMethod -> operations.add(httpMethod.toUpperCase(Locale.ROOT) + " " + path));
            } else if (method.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                collectOperations(method.getReturnType(), path, operations, visiting);
            }
        }
        visiting.remove(type);
    }

    private static String pathOf(AnnotatedElement element) {
        jakarta.ws.rs.Path path = element.getAnnotation(jakarta.ws.rs.Path.class);
        // A template parameter may carry a regular expression, {name: regex}; the document names only the parameter.
        return path == null ? "" : path.value().replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}");
    }

    private static String join(String prefix, String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? prefix : prefix + "/" + trimmed;
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation, JsonNode pathItem);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode pathItem = resolve(path.getValue());
            pathItem.fields().forEachRemaining(entry -> {
                if (HTTP_METHODS.contains(entry.getKey())) {
                    visitor.visit(path.getKey(), entry.getKey(), entry.getValue(), pathItem);
                }
            });
        });
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                references.add(ref.asText());
            }
        }
        node.forEach(child -> collectReferences(child, references));
    }

    private static Set<String> schemeNames(JsonNode requirements) {
        Set<String> names = new TreeSet<>();
        requirements.forEach(requirement -> names.addAll(fieldNames(requirement)));
        return names;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }
}

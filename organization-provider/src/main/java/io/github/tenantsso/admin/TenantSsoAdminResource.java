package io.github.tenantsso.admin;

import io.github.tenantsso.audit.AuditEvent;
import io.github.tenantsso.audit.AuditQueryParams;
import io.github.tenantsso.audit.AuditType;
import io.github.tenantsso.importexport.ImportProblem;
import io.github.tenantsso.importexport.ImportSummary;
import io.github.tenantsso.importexport.InvalidPackDocumentException;
import io.github.tenantsso.importexport.PackDocument;
import io.github.tenantsso.importexport.PackDocuments;
import io.github.tenantsso.importexport.PackExporter;
import io.github.tenantsso.importexport.PackImporter;
import io.github.tenantsso.membership.Memberships;
import io.github.tenantsso.policy.PolicyPatch;
import io.github.tenantsso.rest.ApiError;
import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.AuditPages;
import io.github.tenantsso.rest.RequestBodies;
import io.github.tenantsso.write.PolicyWrites;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code /admin/realms/{realm}/tenant-sso}: reading needs the realm's view permission, changing it manage.
 */
public final class TenantSsoAdminResource {

    static final String IMPORT_RESOURCE = "IMPORT";

    private final AdminContext context;

    TenantSsoAdminResource(
            KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.context = new AdminContext(session, realm, auth, adminEvent);
    }

    @GET
    @Path("policy")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Policy policy() {
        context.requireView();
        return Representations.Policy.of(
                context.model().policies().get(context.realm().getId()));
    }

    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Policy updatePolicy(String body) {
        context.requireManage();
        Representations.Policy request = RequestBodies.read(body, Representations.Policy.class);
        PolicyPatch patch = new PolicyPatch(
                request.crossTenantDomainSharing(),
                request.ambiguousNewUser(),
                request.activeTenantLogin(),
                request.hintParameter());
        PolicyWrites.Outcome outcome =
                new PolicyWrites(context.model(), context.realm()).change(patch, context.events(), context.now());
        if (outcome instanceof PolicyWrites.Invalid invalid) {
            throw ApiException.badRequest("invalid_policy", invalid.message(), invalid.field());
        }
        if (outcome instanceof PolicyWrites.DomainsShared shared) {
            throw ApiException.conflict(
                    "domains_shared",
                    "Domain sharing cannot be turned off while these domains are verified by more than one organization; remove the extra claims first.",
                    shared.domains());
        }
        return Representations.Policy.of(((PolicyWrites.Accepted) outcome).policy());
    }

    @Path("tenants/{tenantId}/domains")
    public DomainClaimsResource domainsOf(@PathParam("tenantId") String tenantId) {
        return new DomainClaimsResource(context, tenantId);
    }

    @Path("tenants/{tenantId}/policy")
    public TenantPolicyResource policyOf(@PathParam("tenantId") String tenantId) {
        return new TenantPolicyResource(context, tenantId);
    }

    @Path("tenants/{tenantId}/admins")
    public TenantAdminsResource adminsOf(@PathParam("tenantId") String tenantId) {
        return new TenantAdminsResource(context, tenantId);
    }

    @GET
    @Path("domains")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Representations.Claim> allDomains() {
        context.requireView();
        return context.model().claims(context.realm()).all().stream()
                .map(Representations.Claim::of)
                .toList();
    }

    /** A user's tenants as the pack sees them: membership dates and the active tenant. */
    @GET
    @Path("users/{userId}/tenants")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.UserTenants userTenants(@PathParam("userId") String userId) {
        context.requireView();
        UserModel user = context.session().users().getUserById(context.realm(), userId);
        if (user == null) {
            throw ApiException.notFound("user_not_found", "No user with id '" + userId + "' in this realm.");
        }
        Memberships memberships = context.model().memberships();
        return new Representations.UserTenants(
                memberships.activeTenant(user.getId()).orElse(null),
                memberships.ofUser(user.getId()).stream()
                        .map(m -> new Representations.Membership(m.organizationId(), m.joinedAt()))
                        .toList());
    }

    @Path("connections")
    public ConnectionsResource connections() {
        return new ConnectionsResource(context);
    }

    @Path("trusts")
    public TrustsResource trusts() {
        return new TrustsResource(context);
    }

    /** The realm's pack data in the format a realm import reads from the attribute {@code tenant-sso}. */
    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public PackDocument export() {
        context.requireView();
        return PackExporter.export(context.session(), context.realm());
    }

    /**
     * Applies a pack document to this realm: creates what is missing, updates what exists; all or nothing. The body
     * is read only up to the size limit, and the answer counts what changed rather than repeating the realm's data.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportSummary importDocument(InputStream body) {
        context.requireManage();
        ImportSummary summary;
        try {
            summary = new PackImporter(context.session(), context.realm())
                    .apply(PackDocuments.read(body, context.model().importLimits()), context.adminId());
        } catch (InvalidPackDocumentException e) {
            context.session().getTransactionManager().setRollbackOnly();
            ImportProblem problem = e.problem();
            throw ApiException.of(
                    problem.code().status(),
                    new ApiError(problem.code().code(), problem.message(), problem.field(), null));
        }
        context.model()
                .audit(context.realm())
                .record(AuditEvent.of(AuditType.IMPORT, "APPLIED")
                        .actor(context.actor())
                        .detail("policyUpdated", summary.policyUpdated())
                        .detail("domains", changed(summary.domains()))
                        .detail("connections", changed(summary.connections()))
                        .detail("trusts", changed(summary.trusts())));
        context.event(IMPORT_RESOURCE, OperationType.ACTION, summary);
        return summary;
    }

    /**
     * The realm's audit trail, newest first, filtered by tenant, type and time and paged; JSON lines with
     * {@code format=jsonl} or {@code Accept: application/x-ndjson}. Needs the realm's view-events permission.
     */
    @GET
    @Path("audit")
    @Produces({MediaType.APPLICATION_JSON, AuditQueryParams.JSON_LINES})
    public Response audit(@Context UriInfo uri, @Context HttpHeaders headers) {
        context.requireViewEvents();
        return AuditPages.page(
                context.model().audit(context.realm()), AuditPages.query(uri.getQueryParameters(), headers));
    }

    /** How many entries of a kind an import created or updated. */
    private static int changed(ImportSummary.Counts counts) {
        return counts.created() + counts.updated();
    }

    /** The OpenAPI description of this API, as shipped in the JAR. */
    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public byte[] openApi() throws IOException {
        context.requireView();
        try (InputStream in = TenantSsoAdminResource.class.getResourceAsStream("/META-INF/tenant-sso-openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/tenant-sso-openapi.yaml is missing from the provider JAR");
            }
            return in.readAllBytes();
        }
    }
}

package io.github.tenantsso.admin;

import io.github.tenantsso.rest.ApiException;
import io.github.tenantsso.rest.RequestBodies;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.github.tenantsso.domain.ClaimRechecks;
import io.github.tenantsso.domain.ClaimStatus;
import io.github.tenantsso.domain.DomainClaimEntity;
import io.github.tenantsso.domain.DomainClaims;
import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.domain.InvalidDomainException;
import io.github.tenantsso.domain.VerificationMethod;
import io.github.tenantsso.domain.dns.DomainVerification;
import io.github.tenantsso.domain.dns.VerificationResult;
import io.github.tenantsso.model.ConflictException;
import io.github.tenantsso.model.StorageException;
import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.OrganizationModel;

/**
 * {@code /admin/realms/{realm}/tenant-sso/organizations/{organizationId}/domains}: one tenant's domain claims.
 */
public final class DomainClaimsResource {

    static final String CLAIM_RESOURCE = "DOMAIN_CLAIM";

    private final AdminContext context;
    private final String organizationId;

    DomainClaimsResource(AdminContext context, String organizationId) {
        this.context = context;
        this.organizationId = organizationId;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Representations.Claim> list() {
        context.requireView();
        OrganizationModel organization = context.organization(organizationId);
        return claims().ofTenant(organization.getId()).stream().map(Representations.Claim::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        context.requireManage();
        OrganizationModel organization = context.organization(organizationId);
        Representations.ClaimRequest request = RequestBodies.read(body, Representations.ClaimRequest.class);
        DomainName domain = parse(request.domain());
        try {
            DomainClaimEntity claim = claims().create(organization.getId(), domain,
                    Boolean.TRUE.equals(request.includeSubdomains()), context.adminId(), context.now());
            Representations.Claim representation = Representations.Claim.of(claim);
            context.event(CLAIM_RESOURCE, OperationType.CREATE, representation);
            URI location = context.session().getContext().getUri().getAbsolutePathBuilder().path(domain.value()).build();
            return Response.created(location).entity(representation).build();
        } catch (ConflictException e) {
            throw ApiException.conflict(e.code(), e.getMessage());
        } catch (StorageException e) {
            throw ApiException.storage(e);
        }
    }

    @GET
    @Path("{domain}")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Claim get(@PathParam("domain") String domain) {
        context.requireView();
        return Representations.Claim.of(claim(domain));
    }

    /**
     * Verifies a claim by its DNS TXT record ({@code "method": "dns"}, the default) or on the admin's word
     * ({@code "method": "admin"}).
     */
    @POST
    @Path("{domain}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Claim verify(@PathParam("domain") String domain, String body) {
        context.requireManage();
        DomainClaimEntity claim = claim(domain);
        VerificationMethod method = method(body == null || body.isBlank() ? null : RequestBodies.read(body, Representations.VerifyRequest.class).method());
        if (ClaimStatus.VERIFIED.name().equals(claim.getStatus())) {
            // Verified means verified now: a DNS-verified claim is looked up again, and may be found missing its record.
            if (method == VerificationMethod.DNS && VerificationMethod.DNS.name().equals(claim.getVerificationMethod())) {
                TenantSso model = context.model();
                new ClaimRechecks(context.session(), model.recheckSettings().grace())
                        .recheck(context.realm(), claim, model.dns(), context.now());
            }
            return Representations.Claim.of(claim);
        }
        if (method == VerificationMethod.DNS) {
            requireDnsRecord(claim);
        }
        TenantSso model = context.model();
        try {
            model.claims(context.realm()).verify(claim, method, context.adminId(), context.now(),
                    model.policies().get(context.realm().getId()).crossTenantDomainSharing());
        } catch (ConflictException e) {
            throw ApiException.conflict(e.code(), e.getMessage());
        } catch (StorageException e) {
            throw ApiException.storage(e);
        }
        model.changed(context.realm(), RoutingChange.tenant(claim.getOrganizationId()));
        Representations.Claim representation = Representations.Claim.of(claim);
        context.event(CLAIM_RESOURCE, OperationType.ACTION, representation);
        return representation;
    }

    @DELETE
    @Path("{domain}")
    public Response delete(@PathParam("domain") String domain) {
        context.requireManage();
        DomainClaimEntity claim = claim(domain);
        Representations.Claim representation = Representations.Claim.of(claim);
        claims().delete(claim);
        context.model().changed(context.realm(), RoutingChange.tenant(claim.getOrganizationId()));
        context.event(CLAIM_RESOURCE, OperationType.DELETE, representation);
        return Response.noContent().build();
    }

    private void requireDnsRecord(DomainClaimEntity claim) {
        DomainName domain = DomainName.parse(claim.getDomain());
        VerificationResult result = new DomainVerification().check(domain, claim.getVerificationToken(), context.model().dns());
        if (result instanceof VerificationResult.TokenNotFound notFound) {
            throw ApiException.unprocessable("verification_record_not_found",
                    "No TXT record at " + notFound.recordName() + " holds this claim's token (" + notFound.txtRecordsFound()
                            + " TXT record(s) found there). Publish it and try again; DNS changes may take a while to be seen.");
        }
        if (result instanceof VerificationResult.LookupFailed failed) {
            throw ApiException.unavailable("dns_lookup_failed", failed.message());
        }
    }

    private static VerificationMethod method(String method) {
        if (method == null) {
            return VerificationMethod.DNS;
        }
        return switch (method.strip().toLowerCase(Locale.ROOT)) {
            case "dns" -> VerificationMethod.DNS;
            case "admin" -> VerificationMethod.ADMIN;
            default -> throw ApiException.badRequest("invalid_request", "method must be 'dns' or 'admin', not '" + method + "'.", "method");
        };
    }

    private DomainClaimEntity claim(String domain) {
        OrganizationModel organization = context.organization(organizationId);
        return claims().find(organization.getId(), parse(domain))
                .orElseThrow(() -> ApiException.notFound("claim_not_found", "The organization has no claim on " + domain + "."));
    }

    private DomainClaims claims() {
        return context.model().claims(context.realm());
    }

    private static DomainName parse(String domain) {
        try {
            return DomainName.parse(domain);
        } catch (InvalidDomainException e) {
            throw ApiException.badRequest(e.reason().code(), e.getMessage(), "domain");
        }
    }
}

/**
 * The portal API's client: every call carries the signed-in admin's access token, and every refusal becomes an
 * ApiError whose message key the pages translate. The server's codes are stable; a code the pages have no words for
 * falls back to its HTTP status, with the server's own sentence as the detail.
 */
const KNOWN_CODES = new Set([
  "not_found",
  "invalid_token",
  "self_appointment",
  "not_a_member",
  "admin_not_found",
  "claim_not_found",
  "verification_record_not_found",
  "dns_lookup_failed",
  "retry_later",
  "connection_not_found",
  "connection_setup_unavailable",
  "url_invalid",
  "url_unresolved",
  "url_address_not_public",
  "url_not_https",
  "metadata_fetch_failed",
  "metadata_too_large",
  "metadata_dtd_forbidden",
  "metadata_invalid",
  "metadata_no_signing_key",
  "discovery_invalid",
]);

export class ApiError extends Error {
  constructor(status, code, detail) {
    super(detail || code || String(status));
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

/** The message key for an answer's status and error code (status 0: no answer at all). */
export function errorMessage(status, code, detail) {
  if (status === 0) {
    return { key: "error.network", params: {} };
  }
  if (code && KNOWN_CODES.has(code)) {
    return { key: "error." + code, params: {} };
  }
  if (status === 401) {
    return { key: "error.invalid_token", params: {} };
  }
  if (status === 403) {
    return { key: "error.forbidden", params: {} };
  }
  if (status === 404) {
    return { key: "error.not_found", params: {} };
  }
  if (status === 409) {
    return { key: "error.conflict", params: { detail: detail ?? code ?? "" } };
  }
  if (status === 400 || status === 422) {
    return { key: "error.invalid", params: { detail: detail ?? code ?? "" } };
  }
  return { key: "error.server", params: { status } };
}

/** The error of an answer that is not 2xx; the body is the pack's one error shape, or anything else. */
export async function errorOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return new ApiError(response.status, body?.error ?? null, body?.error_description ?? null);
}

/**
 * @param base the API's URL, without a final slash
 * @param accessToken returns the current access token
 * @param fetchFn the fetch to use (the browser's, or a test's)
 */
export function portalApi(base, accessToken, fetchFn = (...args) => fetch(...args)) {
  async function call(method, path, body) {
    const headers = { Authorization: "Bearer " + (await accessToken()), Accept: "application/json" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    let response;
    try {
      response = await fetchFn(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit",
      });
    } catch {
      throw new ApiError(0, null, null);
    }
    if (!response.ok) {
      throw await errorOf(response);
    }
    return response.status === 204 ? null : response.json();
  }

  const tenant = (id) => "/tenants/" + encodeURIComponent(id);
  return {
    me: () => call("GET", "/me"),
    domains: (tenantId) => call("GET", tenant(tenantId) + "/domains"),
    claim: (tenantId, domain, includeSubdomains) =>
      call("POST", tenant(tenantId) + "/domains", { domain, includeSubdomains }),
    verify: (tenantId, domain) =>
      call("POST", tenant(tenantId) + "/domains/" + encodeURIComponent(domain) + "/verify"),
    removeDomain: (tenantId, domain) =>
      call("DELETE", tenant(tenantId) + "/domains/" + encodeURIComponent(domain)),
    connections: (tenantId) => call("GET", tenant(tenantId) + "/connections"),
    createOidc: (tenantId, body) => call("POST", tenant(tenantId) + "/connections/oidc", body),
    createSaml: (tenantId, body) => call("POST", tenant(tenantId) + "/connections/saml", body),
    updateConnection: (tenantId, alias, settings) =>
      call("PATCH", tenant(tenantId) + "/connections/" + encodeURIComponent(alias), settings),
    rotateSecret: (tenantId, alias, clientSecret) =>
      call("PUT", tenant(tenantId) + "/connections/" + encodeURIComponent(alias) + "/client-secret", { clientSecret }),
    removeConnection: (tenantId, alias) =>
      call("DELETE", tenant(tenantId) + "/connections/" + encodeURIComponent(alias)),
    admins: (tenantId) => call("GET", tenant(tenantId) + "/admins"),
    appoint: (tenantId, userId) => call("POST", tenant(tenantId) + "/admins", { userId }),
    removeAdmin: (tenantId, userId) =>
      call("DELETE", tenant(tenantId) + "/admins/" + encodeURIComponent(userId)),
  };
}

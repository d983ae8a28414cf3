import { describe, expect, it } from "vitest";
import { ApiError, errorMessage, portalApi } from "../src/api.js";

function answer(status, body) {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => {
      if (body === undefined) {
        throw new SyntaxError("no JSON");
      }
      return body;
    },
  };
}

describe("error mapping", () => {
  it("names the portal's own refusals by their code", () => {
    expect(errorMessage(404, "not_found").key).toBe("error.not_found");
    expect(errorMessage(403, "self_appointment").key).toBe("error.self_appointment");
    expect(errorMessage(422, "not_a_member").key).toBe("error.not_a_member");
    expect(errorMessage(422, "verification_record_not_found").key).toBe("error.verification_record_not_found");
  });

  it("falls back to the status for a code it has no words for, with the server's sentence", () => {
    expect(errorMessage(409, "domain_claimed", "Taken.")).toEqual({ key: "error.conflict", params: { detail: "Taken." } });
    expect(errorMessage(400, "public_suffix", "A public suffix.")).toEqual({
      key: "error.invalid",
      params: { detail: "A public suffix." },
    });
    expect(errorMessage(403, null).key).toBe("error.forbidden");
    expect(errorMessage(401, null).key).toBe("error.invalid_token");
    expect(errorMessage(500, "storage_failed")).toEqual({ key: "error.server", params: { status: 500 } });
  });

  it("tells no answer at all apart", () => {
    expect(errorMessage(0, null).key).toBe("error.network");
  });
});

describe("the API client", () => {
  it("sends the bearer token and JSON, and reads the answer", async () => {
    const calls = [];
    const api = portalApi("https://kc/api", async () => "token-1", async (url, init) => {
      calls.push({ url, init });
      return answer(201, { domain: "example.com" });
    });

    const claim = await api.claim("tenant/1", "example.com", true);

    expect(claim.domain).toBe("example.com");
    expect(calls[0].url).toBe("https://kc/api/tenants/tenant%2F1/domains");
    expect(calls[0].init.method).toBe("POST");
    expect(calls[0].init.headers.Authorization).toBe("Bearer token-1");
    expect(calls[0].init.credentials).toBe("omit");
    expect(JSON.parse(calls[0].init.body)).toEqual({ domain: "example.com", includeSubdomains: true });
  });

  it("writes a connection's settings and secret to its own paths, and never reads a secret", async () => {
    const calls = [];
    const api = portalApi("https://kc/api", async () => "t", async (url, init) => {
      calls.push({ url, init });
      return answer(init.method === "PUT" ? 204 : 200, { alias: "acme-oidc-1" });
    });

    await api.updateConnection("t1", "acme oidc", { enabled: true });
    const rotated = await api.rotateSecret("t1", "acme-oidc-1", "s3cret");

    expect(calls[0].url).toBe("https://kc/api/tenants/t1/connections/acme%20oidc");
    expect(calls[0].init.method).toBe("PATCH");
    expect(JSON.parse(calls[0].init.body)).toEqual({ enabled: true });
    expect(calls[1].url).toBe("https://kc/api/tenants/t1/connections/acme-oidc-1/client-secret");
    expect(calls[1].init.method).toBe("PUT");
    expect(rotated).toBeNull();
  });

  it("names the refusals of a connection's setup by their code", () => {
    for (const code of ["url_address_not_public", "metadata_dtd_forbidden", "metadata_too_large", "discovery_invalid"]) {
      expect(errorMessage(400, code).key).toBe("error." + code);
    }
  });

  it("turns the pack's error shape into an ApiError", async () => {
    const api = portalApi("https://kc/api", async () => "t", async () =>
      answer(404, { error: "not_found", error_description: "You administer no tenant with this id." }),
    );

    const refused = await api.domains("b").catch((error) => error);

    expect(refused).toBeInstanceOf(ApiError);
    expect(refused.status).toBe(404);
    expect(refused.code).toBe("not_found");
  });

  it("turns a body that is not JSON into an error of the status alone", async () => {
    const api = portalApi("https://kc/api", async () => "t", async () => answer(502));

    const refused = await api.me().catch((error) => error);

    expect(refused.status).toBe(502);
    expect(refused.code).toBeNull();
  });

  it("turns a failed request into a network error, and a 204 into null", async () => {
    const offline = portalApi("https://kc/api", async () => "t", async () => {
      throw new TypeError("Failed to fetch");
    });
    const removed = portalApi("https://kc/api", async () => "t", async () => answer(204));

    expect((await offline.me().catch((error) => error)).status).toBe(0);
    expect(await removed.removeDomain("a", "example.com")).toBeNull();
  });
});

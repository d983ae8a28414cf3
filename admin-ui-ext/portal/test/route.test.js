import { describe, expect, it } from "vitest";
import { portalConfig } from "../src/config.js";
import { route } from "../src/route.js";

describe("the page a hash names", () => {
  it("is one tenant's tab, domains by default", () => {
    expect(route("#/tenants/abc")).toEqual({ name: "tenant", tenantId: "abc", tab: "domains" });
    expect(route("#/tenants/abc/admins")).toEqual({ name: "tenant", tenantId: "abc", tab: "admins" });
    expect(route("#/tenants/abc/connections")).toEqual({ name: "tenant", tenantId: "abc", tab: "connections" });
  });

  it("is the list of tenants for anything else", () => {
    expect(route("")).toEqual({ name: "tenants" });
    expect(route("#/tenants/abc/other")).toEqual({ name: "tenants" });
    expect(route("#/tenants/%E0%A4%A")).toEqual({ name: "tenants" });
  });
});

describe("the portal's configuration", () => {
  it("follows from the page's address, below any path Keycloak is served at", () => {
    expect(portalConfig({ origin: "https://id.example", pathname: "/auth/realms/saas/tenant-sso/portal/" })).toEqual({
      realm: "saas",
      clientId: "tenant-sso-portal",
      authority: "https://id.example/auth/realms/saas",
      portalUrl: "https://id.example/auth/realms/saas/tenant-sso/portal/",
      apiBase: "https://id.example/auth/realms/saas/tenant-sso/portal/api",
    });
  });

  it("refuses an address outside the portal's path", () => {
    expect(() => portalConfig({ origin: "https://id.example", pathname: "/realms/saas/account/" })).toThrow();
  });
});

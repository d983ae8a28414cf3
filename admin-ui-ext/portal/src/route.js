/** The page a hash names: #/ is the list of the caller's tenants, #/tenants/{id}[/domains|/connections|/admins] one tenant. */
export function route(hash) {
  const match = /^#\/tenants\/([^/]+)(?:\/(domains|connections|admins))?\/?$/.exec(hash ?? "");
  if (!match) {
    return { name: "tenants" };
  }
  let tenantId;
  try {
    tenantId = decodeURIComponent(match[1]);
  } catch {
    return { name: "tenants" };
  }
  return { name: "tenant", tenantId, tab: match[2] ?? "domains" };
}

/**
 * Where the portal runs, read from its own address: the pages are served at
 * {keycloak}/realms/{realm}/tenant-sso/portal/, so the realm, the issuer and the API follow from the path, and no
 * inline script or second request is needed to configure them.
 */
export const CLIENT_ID = "tenant-sso-portal";

const PORTAL_PATH = /^(.*)\/realms\/([^/]+)\/tenant-sso\/portal\//;

export function portalConfig(location) {
  const match = PORTAL_PATH.exec(location.pathname);
  if (!match) {
    throw new Error("The portal is served below /realms/{realm}/tenant-sso/portal/, not at " + location.pathname);
  }
  const [portalPath, prefix, realm] = match;
  return {
    realm: decodeURIComponent(realm),
    clientId: CLIENT_ID,
    authority: location.origin + prefix + "/realms/" + realm,
    portalUrl: location.origin + portalPath,
    apiBase: location.origin + portalPath + "api",
  };
}

import { InMemoryWebStorage, UserManager, WebStorageStateStore } from "oidc-client-ts";

/**
 * Sign-in with the authorization code flow and PKCE S256 (oidc-client-ts's only code flow) against the realm's own
 * login. The tokens stay in this page's memory; only the short-lived request state (PKCE verifier, where to return)
 * sits in sessionStorage across the redirect to the login, and oidc-client-ts removes it at the callback.
 */
export function userManager(config) {
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.portalUrl,
    post_logout_redirect_uri: config.portalUrl,
    response_type: "code",
    scope: "openid",
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    monitorSession: false,
  });
}

/** To the realm's login, coming back to the page at {@code hash}, in the language asked for if any. */
export function signIn(manager, hash, uiLocales) {
  return manager.signinRedirect({ state: { hash, uiLocales }, ui_locales: uiLocales ?? undefined });
}

/** Whether the page's address is the login's answer: a code or an error, with the state the request sent. */
export function isCallback(search) {
  const params = new URLSearchParams(search);
  return params.has("state") && (params.has("code") || params.has("error"));
}

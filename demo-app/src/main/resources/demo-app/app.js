// The Tenant SSO sample application: how a browser application signs in to a multi-tenant realm, reads which
// tenant its tokens are for, and moves its session to another tenant. Plain JavaScript, no library, no build step.
"use strict";

// The page is served at /realms/{realm}/demo-app/, so it knows its realm from its own address. Everything it calls
// is on this origin, which is all its Content-Security-Policy allows.
const realm = location.pathname.split("/")[2];
const realmUrl = `${location.origin}/realms/${realm}`;
const oidc = `${realmUrl}/protocol/openid-connect`;
const sessionApi = `${realmUrl}/tenant-sso/session`;
const clientId = "demo-app";
// The redirect URI is the page itself, without the code and state it gets back.
const redirectUri = location.origin + location.pathname;

// Tokens live in this variable only: not in storage a script injected later could read, and gone with the tab.
let tokens = null;

const $ = (id) => document.getElementById(id);

// ---- Sign-in: authorization code with PKCE (RFC 7636), S256 ----

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomString() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

// extra: more authorization parameters, such as the tenant hint and prompt=login of a login_required answer.
async function signIn(extra = {}) {
  const verifier = randomString();
  const challenge = base64Url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const request = { verifier, state: randomString(), nonce: randomString() };
  // The one thing that must outlive the trip to Keycloak and back; it is removed as soon as the page is back.
  sessionStorage.setItem("demo-app.request", JSON.stringify(request));
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid",
    state: request.state,
    nonce: request.nonce,
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...extra,
  });
  location.assign(`${oidc}/auth?${query}`);
}

// Back from Keycloak: redeem the code, once, for tokens.
async function finishSignIn(params) {
  const request = JSON.parse(sessionStorage.getItem("demo-app.request") || "null");
  sessionStorage.removeItem("demo-app.request");
  // Drop the code from the address bar and the history: it must not be replayed or bookmarked.
  history.replaceState(null, "", redirectUri);
  if (params.has("error")) {
    throw new Error(`${params.get("error")}: ${params.get("error_description") || ""}`);
  }
  if (!request || params.get("state") !== request.state) {
    throw new Error("The answer does not belong to a sign-in this page started (state mismatch).");
  }
  const answer = await tokenRequest({
    grant_type: "authorization_code",
    code: params.get("code"),
    redirect_uri: redirectUri,
    code_verifier: request.verifier,
  });
  if (claims(answer.id_token).nonce !== request.nonce) {
    throw new Error("The ID token was not issued for this sign-in (nonce mismatch).");
  }
  tokens = answer;
}

async function tokenRequest(form) {
  const response = await fetch(`${oidc}/token`, {
    method: "POST",
    body: new URLSearchParams({ client_id: clientId, ...form }),
  });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(`${body.error}: ${body.error_description || ""}`);
  }
  return body;
}

// Reads a token's claims for display. The page trusts them because it got them from the token endpoint over its
// own origin; an API receiving the token must verify its signature instead.
function claims(jwt) {
  const payload = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

// ---- The pack's session API, called with the access token ----

async function callSessionApi(path, options = {}) {
  const response = await fetch(sessionApi + path, {
    ...options,
    headers: { Authorization: `Bearer ${tokens.access_token}`, ...options.headers },
  });
  return { status: response.status, body: await response.json() };
}

// Session exchange: 200 moves the session, and only tokens issued afterwards name the new tenant, so the page
// refreshes at once. 403 login_required says the tenant needs a new sign-in, with the parameters to sign in with.
async function switchTenant(tenant) {
  const answer = await callSessionApi("/tenant", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ tenant }),
  });
  if (answer.status === 200) {
    tokens = await tokenRequest({ grant_type: "refresh_token", refresh_token: tokens.refresh_token });
  }
  await render();
  showSwitchAnswer(tenant, answer);
}

// ---- Display: text only (textContent), never markup built from data ----

function show(id, value) {
  $(id).textContent = typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

async function render() {
  const idClaims = claims(tokens.id_token);
  show("user", idClaims.email || idClaims.preferred_username);
  show("id-tenant", idClaims.tenant ?? "(no tenant claim)");
  show("access-tenant", claims(tokens.access_token).tenant ?? "(no tenant claim)");

  const session = await callSessionApi("");
  show("session-tenant", session.body.tenant ? session.body.tenant.alias : "no tenant");
  show("session-connection", session.body.connection || "a password (no tenant connection)");
  const list = $("tenants");
  const current = session.body.tenant && session.body.tenant.id;
  list.replaceChildren(...(session.body.tenants || []).map((tenant) => tenantItem(tenant, tenant.id === current)));
  $("signed-out").hidden = true;
  $("signed-in").hidden = false;
}

function tenantItem(tenant, current) {
  const item = document.createElement("li");
  item.dataset.tenant = tenant.alias;
  item.className = current ? "current" : "";
  item.textContent = `${tenant.name} (${tenant.alias}): `
    + (current ? "the current tenant" : tenant.switchable ? "switchable without a new sign-in" : "needs a new sign-in");
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = `Switch to ${tenant.alias}`;
  button.addEventListener("click", () => switchTenant(tenant.alias).catch(fail));
  item.append(button);
  return item;
}

function showSwitchAnswer(tenant, answer) {
  $("switch-answer").hidden = false;
  const refused = answer.status !== 200;
  $("switch-status").className = refused ? "refused" : "granted";
  show("switch-status", refused
    ? `${answer.status} ${answer.body.error}: ${tenant} needs a new sign-in`
    : `200: the session is now in ${answer.body.tenant.alias}, and so are the refreshed tokens above`);
  show("switch-body", answer.body);
  const signInAgain = $("sign-in-to-tenant");
  const parameters = answer.body.authorization_parameters;
  signInAgain.hidden = !(refused && parameters);
  if (refused && parameters) {
    signInAgain.textContent = `Sign in to ${tenant}`;
    signInAgain.onclick = () => signIn(parameters).catch(fail);
  }
}

function fail(error) {
  $("error").hidden = false;
  show("error", error.message);
}

async function signOut() {
  // Ends the Keycloak session too, not only this page's tokens, so the next sign-in asks again.
  const query = new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: redirectUri });
  tokens = null;
  location.assign(`${oidc}/logout?${query}`);
}

async function start() {
  $("sign-in").addEventListener("click", () => signIn().catch(fail));
  $("sign-out").addEventListener("click", () => signOut().catch(fail));
  $("switch-form").addEventListener("submit", (event) => {
    event.preventDefault();
    switchTenant($("tenant-input").value.trim()).catch(fail);
  });
  const params = new URLSearchParams(location.search);
  if (params.has("code") || params.has("error")) {
    await finishSignIn(params);
    await render();
  }
}

start().catch(fail);

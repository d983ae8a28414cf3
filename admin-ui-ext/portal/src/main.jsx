import "@patternfly/react-core/dist/styles/base.css";
import "./portal.css";
import React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.jsx";
import { isCallback, signIn, userManager } from "./auth.js";
import { portalConfig } from "./config.js";
import { pickLanguage } from "./i18n.js";

/**
 * Starts the portal: back from the login, it takes the tokens (into memory) and restores the page asked for; else it
 * sends the browser to the realm's login, remembering the page and the language.
 */
async function start() {
  const config = portalConfig(window.location);
  const manager = userManager(config);
  const root = createRoot(document.getElementById("root"));
  if (!isCallback(window.location.search)) {
    const uiLocales = new URLSearchParams(window.location.search).get("ui_locales");
    root.render(<App config={config} language={pickLanguage(uiLocales, navigator.languages)} signingIn />);
    await signIn(manager, window.location.hash, uiLocales);
    return;
  }
  let user;
  try {
    user = await manager.signinRedirectCallback();
  } catch (error) {
    window.history.replaceState(null, "", config.portalUrl);
    root.render(
      <App
        config={config}
        language={pickLanguage(null, navigator.languages)}
        manager={manager}
        signInError={String(error.message)}
      />,
    );
    return;
  }
  const state = user.state ?? {};
  // The code and state must not stay in the address bar, the history or a bookmark.
  window.history.replaceState(null, "", config.portalUrl + (state.hash ?? ""));
  root.render(
    <App
      config={config}
      language={pickLanguage(state.uiLocales, navigator.languages)}
      uiLocales={state.uiLocales}
      manager={manager}
      user={user}
    />,
  );
}

start();

import {
  Alert,
  AlertActionCloseButton,
  AlertGroup,
  Breadcrumb,
  BreadcrumbItem,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  Page,
  PageSection,
  Spinner,
  Tab,
  TabTitleText,
  Tabs,
  Text,
  TextContent,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import React, { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Admins } from "./Admins.jsx";
import { Connections } from "./Connections.jsx";
import { Messages, useLoad } from "./context.js";
import { portalApi } from "./api.js";
import { signIn } from "./auth.js";
import { Domains } from "./Domains.jsx";
import { ErrorAlert } from "./ErrorAlert.jsx";
import { translator } from "./i18n.js";
import { route } from "./route.js";

function useHash() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return hash;
}

/** A short message after a change, read out by screen readers (the group is a live region); the latest only. */
function useNotices() {
  const [notices, setNotices] = useState([]);
  const notify = useCallback((title) => setNotices([{ key: Date.now(), title }]), []);
  const dismiss = (key) => setNotices((all) => all.filter((notice) => notice.key !== key));
  return { notices, notify, dismiss };
}

export function App({ config, language, uiLocales, manager, user, signingIn, signInError }) {
  const t = useMemo(() => translator(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t("title");
  }, [language, t]);
  const api = useMemo(
    () => manager && portalApi(config.apiBase, async () => (await manager.getUser())?.access_token ?? ""),
    [config, manager],
  );
  const { notices, notify, dismiss } = useNotices();
  const hash = useHash();
  const page = route(hash);
  const name = user?.profile?.preferred_username;

  const header = (
    <Masthead>
      <MastheadMain>
        <MastheadBrand component="div">
          <Title headingLevel="h1" size="xl">
            {t("title")}
          </Title>
        </MastheadBrand>
      </MastheadMain>
      {user && (
        <MastheadContent>
          <Toolbar isFullHeight isStatic>
            <ToolbarContent>
              <ToolbarItem align={{ default: "alignRight" }}>
                <Text component="small" id="signed-in-as">
                  {t("signedInAs", { name })}
                </Text>
              </ToolbarItem>
              <ToolbarItem>
                <Button id="sign-out" variant="secondary" isInline onClick={() => manager.signoutRedirect()}>
                  {t("signOut")}
                </Button>
              </ToolbarItem>
            </ToolbarContent>
          </Toolbar>
        </MastheadContent>
      )}
    </Masthead>
  );

  let content;
  if (signingIn) {
    content = <Spinner aria-label={t("signingIn")} />;
  } else if (signInError) {
    content = (
      <Alert variant="danger" isInline title={t("error.invalid_token")} id="sign-in-error">
        <p>{signInError}</p>
        <Button variant="link" isInline onClick={() => signIn(manager, "", uiLocales)}>
          {t("title")}
        </Button>
      </Alert>
    );
  } else if (page.name === "tenant") {
    content = <TenantPage api={api} tenantId={page.tenantId} tab={page.tab} notify={notify} />;
  } else {
    content = <TenantsPage api={api} />;
  }

  return (
    <Messages.Provider value={t}>
      <Page header={header}>
        <AlertGroup isToast isLiveRegion>
          {notices.map((notice) => (
            <Alert
              key={notice.key}
              variant="success"
              title={notice.title}
              timeout={8000}
              onTimeout={() => dismiss(notice.key)}
              actionClose={<AlertActionCloseButton title={t("close")} onClose={() => dismiss(notice.key)} />}
            />
          ))}
        </AlertGroup>
        {content}
      </Page>
    </Messages.Provider>
  );
}

/** Moves the keyboard focus to a page's heading when the page opens, so a screen reader announces it. */
function useFocusedHeading(key) {
  const heading = useRef(null);
  useEffect(() => heading.current?.focus(), [key]);
  return heading;
}

function TenantsPage({ api }) {
  const t = React.useContext(Messages);
  const load = useCallback(() => api.me(), [api]);
  const [me] = useLoad(load, "me");
  const heading = useFocusedHeading("tenants");
  return (
    <PageSection>
      <TextContent>
        <Title headingLevel="h2" id="page-title" tabIndex={-1} ref={heading}>
          {t("yourTenants")}
        </Title>
      </TextContent>
      {me.loading && <Spinner size="lg" aria-label={t("yourTenants")} />}
      {me.error && <ErrorAlert error={me.error} />}
      {me.value && me.value.tenants.length === 0 && (
        <EmptyState id="no-tenants">
          <EmptyStateHeader titleText={t("noTenantsTitle")} headingLevel="h3" />
          <EmptyStateBody>{t("noTenantsBody")}</EmptyStateBody>
        </EmptyState>
      )}
      {me.value && me.value.tenants.length > 0 && (
        <>
          <TextContent>
            <Text>{t("yourTenantsIntro")}</Text>
          </TextContent>
          <ul id="tenants" className="portal-tenants">
            {me.value.tenants.map((tenant) => (
              <li key={tenant.id} data-tenant={tenant.alias}>
                <Button variant="link" component="a" href={"#/tenants/" + encodeURIComponent(tenant.id)}>
                  {tenant.name || tenant.alias}
                </Button>{" "}
                <Text component="small">({tenant.alias})</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageSection>
  );
}

function TenantPage({ api, tenantId, tab, notify }) {
  const t = React.useContext(Messages);
  // The server decides: a tenant the caller does not administer answers 404, whether it exists or not.
  const load = useCallback(
    () => Promise.all([api.me(), api.domains(tenantId)]).then(([me]) => me.tenants.find((x) => x.id === tenantId)),
    [api, tenantId],
  );
  const [tenant] = useLoad(load, tenantId);
  const heading = useFocusedHeading(tenantId);
  const select = (_event, key) => {
    window.location.hash = "#/tenants/" + encodeURIComponent(tenantId) + "/" + key;
  };
  return (
    <>
      <PageSection variant="light">
        <Breadcrumb>
          <BreadcrumbItem to="#/" id="back-to-tenants">
            {t("backToTenants")}
          </BreadcrumbItem>
        </Breadcrumb>
        <Title headingLevel="h2" id="page-title" tabIndex={-1} ref={heading}>
          {tenant.value ? tenant.value.name || tenant.value.alias : t("yourTenants")}
        </Title>
      </PageSection>
      <PageSection>
        {tenant.loading && <Spinner size="lg" aria-label={t("domains")} />}
        {tenant.error && <ErrorAlert error={tenant.error} />}
        {tenant.value && (
          <Tabs activeKey={tab} onSelect={select} aria-label={tenant.value.alias} id="tenant-tabs">
            <Tab eventKey="domains" title={<TabTitleText>{t("domains")}</TabTitleText>} id="tab-domains">
              {tab === "domains" && <Domains api={api} tenantId={tenantId} notify={notify} />}
            </Tab>
            <Tab eventKey="connections" title={<TabTitleText>{t("connections")}</TabTitleText>} id="tab-connections">
              {tab === "connections" && <Connections api={api} tenantId={tenantId} notify={notify} />}
            </Tab>
            <Tab eventKey="admins" title={<TabTitleText>{t("admins")}</TabTitleText>} id="tab-admins">
              {tab === "admins" && <Admins api={api} tenantId={tenantId} notify={notify} />}
            </Tab>
          </Tabs>
        )}
      </PageSection>
    </>
  );
}

import {
  ActionGroup,
  Button,
  DataList,
  DataListAction,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  FileUpload,
  Form,
  FormGroup,
  Label,
  Radio,
  Spinner,
  Stack,
  StackItem,
  Switch,
  Text,
  TextContent,
  TextInput,
} from "@patternfly/react-core";
import React, { useCallback, useState } from "react";
import { ConfirmRemoval } from "./ConfirmRemoval.jsx";
import { Messages, useAction, useLoad } from "./context.js";
import { ErrorAlert } from "./ErrorAlert.jsx";

/**
 * The tenant's SSO connections: create one from an OIDC issuer or SAML metadata (created switched off), see what to
 * give the identity provider, switch it and its just-in-time provisioning on or off, replace a secret, delete it.
 * Secrets are only ever typed in, never shown.
 */
export function Connections({ api, tenantId, notify }) {
  const t = React.useContext(Messages);
  const load = useCallback(() => api.connections(tenantId), [api, tenantId]);
  const [connections, reload] = useLoad(load, tenantId);
  const [act, error, setError] = useAction(reload);
  const [removing, setRemoving] = useState(null);
  const [rotating, setRotating] = useState(null);
  const [secret, setSecret] = useState("");

  const rotate = async (event, connection) => {
    event.preventDefault();
    const done = await act(
      () => api.rotateSecret(tenantId, connection.alias, secret),
      () => notify(t("secretRotated", { name: connection.displayName ?? connection.alias })),
    );
    if (done) {
      setSecret("");
      setRotating(null);
    }
  };

  return (
    <Stack hasGutter className="portal-tab">
      <StackItem>
        <NewConnection
          create={(kind, body) =>
            act(
              () => (kind === "oidc" ? api.createOidc(tenantId, body) : api.createSaml(tenantId, body)),
              (connection) => notify(t("connectionCreated", { name: connection.displayName ?? connection.alias })),
            )
          }
        />
      </StackItem>
      {error && (
        <StackItem>
          <ErrorAlert error={error} onClose={() => setError(null)} />
        </StackItem>
      )}
      {connections.loading && <Spinner size="lg" aria-label={t("connections")} />}
      {connections.error && <ErrorAlert error={connections.error} />}
      {connections.value && connections.value.length === 0 && (
        <TextContent>
          <Text>{t("noConnections")}</Text>
        </TextContent>
      )}
      {connections.value && connections.value.length > 0 && (
        <StackItem>
          <DataList aria-label={t("connections")} id="connections">
            {connections.value.map((connection) => (
              <DataListItem
                key={connection.alias}
                aria-labelledby={"connection-" + connection.alias}
                data-alias={connection.alias}
              >
                <DataListItemRow>
                  <DataListItemCells
                    dataListCells={[
                      <DataListCell key="name" width={2}>
                        <strong id={"connection-" + connection.alias}>
                          {connection.displayName ?? connection.alias}
                        </strong>{" "}
                        <Label isCompact>{connection.type.toUpperCase()}</Label>{" "}
                        <Label isCompact color={connection.enabled ? "green" : "grey"} className="connection-state">
                          {connection.enabled ? t("connectionOn") : t("connectionOff")}
                        </Label>
                        <ServiceProvider connection={connection} />
                      </DataListCell>,
                      <DataListCell key="switches">
                        <Stack hasGutter>
                          <Switch
                            id={"enabled-" + connection.alias}
                            className="connection-enabled"
                            label={t("connectionEnabled")}
                            isChecked={connection.enabled}
                            onChange={(_event, enabled) =>
                              act(
                                () => api.updateConnection(tenantId, connection.alias, { enabled }),
                                () => notify(t(enabled ? "connectionSwitchedOn" : "connectionSwitchedOff")),
                              )
                            }
                          />
                          <Switch
                            id={"jit-" + connection.alias}
                            className="connection-jit"
                            label={t("jit")}
                            isChecked={connection.jitEnabled}
                            onChange={(_event, jitEnabled) =>
                              act(
                                () => api.updateConnection(tenantId, connection.alias, { jitEnabled }),
                                () => notify(t("jitChanged")),
                              )
                            }
                          />
                        </Stack>
                      </DataListCell>,
                    ]}
                  />
                  <DataListAction
                    id={"connection-actions-" + connection.alias}
                    aria-labelledby={"connection-" + connection.alias + " connection-actions-" + connection.alias}
                    aria-label={t("remove")}
                  >
                    {connection.type === "oidc" && (
                      <Button variant="secondary" className="rotate-secret" onClick={() => setRotating(connection)}>
                        {t("rotateSecret")}
                      </Button>
                    )}
                    <Button
                      variant="secondary"
                      isDanger
                      className="remove-connection"
                      onClick={() => setRemoving(connection)}
                    >
                      {t("remove")}
                    </Button>
                  </DataListAction>
                </DataListItemRow>
                {rotating?.alias === connection.alias && (
                  <Form className="rotate-form" onSubmit={(event) => rotate(event, connection)} isWidthLimited>
                    <FormGroup label={t("newClientSecret")} isRequired fieldId={"secret-" + connection.alias}>
                      <TextInput
                        id={"secret-" + connection.alias}
                        type="password"
                        autoComplete="new-password"
                        isRequired
                        value={secret}
                        onChange={(_event, value) => setSecret(value)}
                      />
                    </FormGroup>
                    <ActionGroup>
                      <Button type="submit" variant="primary" isDisabled={secret === ""}>
                        {t("rotateSecret")}
                      </Button>
                      <Button variant="link" onClick={() => setRotating(null)}>
                        {t("cancel")}
                      </Button>
                    </ActionGroup>
                  </Form>
                )}
              </DataListItem>
            ))}
          </DataList>
        </StackItem>
      )}
      <ConfirmRemoval
        item={removing}
        title={(connection) => t("removeConnectionTitle", { name: connection.displayName ?? connection.alias })}
        body={t("removeConnectionBody")}
        onClose={() => setRemoving(null)}
        onConfirm={(connection) =>
          act(
            () => api.removeConnection(tenantId, connection.alias),
            () => notify(t("removed", { name: connection.displayName ?? connection.alias })),
          )
        }
      />
    </Stack>
  );
}

/** What the identity provider's admin needs: where to send users back to, and for SAML the entity id and metadata. */
function ServiceProvider({ connection }) {
  const t = React.useContext(Messages);
  const sp = connection.serviceProvider;
  const rows = [
    [connection.type === "saml" ? "acsUrl" : "redirectUri", connection.type === "saml" ? sp.acsUrl : sp.redirectUri],
    ["spEntityId", sp.entityId],
    ["issuer", connection.issuer],
    ["clientId", connection.clientId],
    ["idpEntityId", connection.idpEntityId],
  ].filter(([, value]) => value);
  return (
    <DescriptionList isCompact isHorizontal className="connection-sp">
      {rows.map(([key, value]) => (
        <DescriptionListGroup key={key}>
          <DescriptionListTerm>{t(key)}</DescriptionListTerm>
          <DescriptionListDescription>
            <code className={"sp-" + key}>{value}</code>
          </DescriptionListDescription>
        </DescriptionListGroup>
      ))}
      {sp.metadataUrl && (
        <DescriptionListGroup>
          <DescriptionListTerm>{t("spMetadata")}</DescriptionListTerm>
          <DescriptionListDescription>
            <a href={sp.metadataUrl} target="_blank" rel="noreferrer">
              {t("downloadSpMetadata")}
            </a>
          </DescriptionListDescription>
        </DescriptionListGroup>
      )}
      {connection.type === "oidc" && (
        <DescriptionListGroup>
          <DescriptionListTerm>{t("clientSecret")}</DescriptionListTerm>
          <DescriptionListDescription>{connection.clientSecretSet ? t("secretSet") : t("secretMissing")}</DescriptionListDescription>
        </DescriptionListGroup>
      )}
    </DescriptionList>
  );
}

/** The form of a new connection, OIDC from an issuer or SAML from a metadata URL or file. */
function NewConnection({ create }) {
  const t = React.useContext(Messages);
  const empty = { kind: "oidc", displayName: "", discoveryUrl: "", clientId: "", clientSecret: "", metadataUrl: "" };
  const [form, setForm] = useState(empty);
  const [file, setFile] = useState({ name: "", text: "" });
  const set = (field) => (_event, value) => setForm({ ...form, [field]: value });
  const ready =
    form.kind === "oidc"
      ? form.discoveryUrl.trim() && form.clientId.trim() && form.clientSecret
      : form.metadataUrl.trim() || file.text;

  const submit = async (event) => {
    event.preventDefault();
    const displayName = form.displayName.trim() || undefined;
    const body =
      form.kind === "oidc"
        ? {
            displayName,
            discoveryUrl: form.discoveryUrl.trim(),
            clientId: form.clientId.trim(),
            clientSecret: form.clientSecret,
          }
        : file.text
          ? { displayName, metadataXml: file.text }
          : { displayName, metadataUrl: form.metadataUrl.trim() };
    if (await create(form.kind, body)) {
      setForm(empty);
      setFile({ name: "", text: "" });
    }
  };

  return (
    <Form id="connection-form" onSubmit={submit} isWidthLimited>
      <TextContent>
        <Text component="h2">{t("newConnection")}</Text>
        <Text>{t("newConnectionIntro")}</Text>
      </TextContent>
      <FormGroup role="radiogroup" label={t("connectionType")} fieldId="connection-type" isInline>
        <Radio
          id="type-oidc"
          name="connection-type"
          label="OpenID Connect"
          isChecked={form.kind === "oidc"}
          onChange={() => setForm({ ...form, kind: "oidc" })}
        />
        <Radio
          id="type-saml"
          name="connection-type"
          label="SAML 2.0"
          isChecked={form.kind === "saml"}
          onChange={() => setForm({ ...form, kind: "saml" })}
        />
      </FormGroup>
      <FormGroup label={t("displayName")} fieldId="display-name-input">
        <TextInput id="display-name-input" value={form.displayName} onChange={set("displayName")} />
      </FormGroup>
      {form.kind === "oidc" ? (
        <>
          <FormGroup label={t("discoveryUrl")} isRequired fieldId="discovery-url-input">
            <TextInput
              id="discovery-url-input"
              type="url"
              isRequired
              value={form.discoveryUrl}
              onChange={set("discoveryUrl")}
            />
          </FormGroup>
          <FormGroup label={t("clientId")} isRequired fieldId="client-id-input">
            <TextInput id="client-id-input" isRequired value={form.clientId} onChange={set("clientId")} />
          </FormGroup>
          <FormGroup label={t("clientSecret")} isRequired fieldId="client-secret-input">
            <TextInput
              id="client-secret-input"
              type="password"
              autoComplete="new-password"
              isRequired
              value={form.clientSecret}
              onChange={set("clientSecret")}
            />
          </FormGroup>
        </>
      ) : (
        <>
          <FormGroup label={t("metadataUrl")} fieldId="metadata-url-input">
            <TextInput
              id="metadata-url-input"
              type="url"
              value={form.metadataUrl}
              isDisabled={file.text !== ""}
              onChange={set("metadataUrl")}
            />
          </FormGroup>
          <FormGroup label={t("metadataFile")} fieldId="metadata-file">
            <FileUpload
              id="metadata-file"
              type="text"
              value={file.text}
              filename={file.name}
              browseButtonText={t("browse")}
              clearButtonText={t("clear")}
              hideDefaultPreview
              onFileInputChange={(_event, chosen) =>
                chosen.text().then((text) => setFile({ name: chosen.name, text }))
              }
              onClearClick={() => setFile({ name: "", text: "" })}
            />
          </FormGroup>
        </>
      )}
      <ActionGroup>
        <Button id="create-connection-button" type="submit" variant="primary" isDisabled={!ready}>
          {t("createConnection")}
        </Button>
      </ActionGroup>
    </Form>
  );
}

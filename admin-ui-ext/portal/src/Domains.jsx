import {
  ActionGroup,
  Button,
  Card,
  CardBody,
  CardTitle,
  Checkbox,
  ClipboardCopy,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Label,
  Spinner,
  Stack,
  StackItem,
  Text,
  TextContent,
  TextInput,
  Title,
} from "@patternfly/react-core";
import React, { useCallback, useState } from "react";
import { ConfirmRemoval } from "./ConfirmRemoval.jsx";
import { Messages, useAction, useLoad } from "./context.js";
import { recordFields, zoneFileLine } from "./dns.js";
import { ErrorAlert } from "./ErrorAlert.jsx";
import { formatTime } from "./i18n.js";

/** The tenant's domain claims: claim one, publish its TXT record, verify it now, remove it. */
export function Domains({ api, tenantId, notify }) {
  const t = React.useContext(Messages);
  const load = useCallback(() => api.domains(tenantId), [api, tenantId]);
  const [claims, reload] = useLoad(load, tenantId);
  const [act, error, setError] = useAction(reload);
  const [removing, setRemoving] = useState(null);

  return (
    <Stack hasGutter className="portal-tab">
      <StackItem>
        <ClaimForm
          onClaim={(domain, includeSubdomains) =>
            act(
              () => api.claim(tenantId, domain, includeSubdomains),
              (claim) => notify(t("claimed", { domain: claim.domainUnicode ?? claim.domain })),
            )
          }
        />
      </StackItem>
      {error && (
        <StackItem>
          <ErrorAlert error={error} onClose={() => setError(null)} />
        </StackItem>
      )}
      {claims.loading && <Spinner size="lg" aria-label={t("domains")} />}
      {claims.error && <ErrorAlert error={claims.error} />}
      {claims.value && claims.value.length === 0 && (
        <StackItem>
          <TextContent>
            <Text id="no-domains">{t("noDomains")}</Text>
          </TextContent>
        </StackItem>
      )}
      {claims.value?.map((claim) => (
        <StackItem key={claim.domain}>
          <ClaimCard
            claim={claim}
            onVerify={() =>
              act(
                () => api.verify(tenantId, claim.domain),
                () => notify(t("verified", { domain: claim.domainUnicode })),
              )
            }
            onRemove={() => setRemoving(claim)}
          />
        </StackItem>
      ))}
      <ConfirmRemoval
        item={removing}
        title={(claim) => t("removeDomainTitle", { domain: claim.domainUnicode })}
        body={t("removeDomainBody")}
        onClose={() => setRemoving(null)}
        onConfirm={(claim) =>
          act(
            () => api.removeDomain(tenantId, claim.domain),
            () => notify(t("removed", { name: claim.domainUnicode })),
          )
        }
      />
    </Stack>
  );
}

function ClaimForm({ onClaim }) {
  const t = React.useContext(Messages);
  const [domain, setDomain] = useState("");
  const [includeSubdomains, setIncludeSubdomains] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    await onClaim(domain.trim(), includeSubdomains);
    setBusy(false);
    setDomain("");
    setIncludeSubdomains(false);
  };
  return (
    <Form id="claim-form" onSubmit={submit} isWidthLimited>
      <FormGroup label={t("domain")} isRequired fieldId="domain-input">
        <TextInput
          id="domain-input"
          name="domain"
          isRequired
          value={domain}
          onChange={(_event, value) => setDomain(value)}
          aria-describedby="domain-help"
        />
        <FormHelperText>
          <HelperText id="domain-help">
            <HelperTextItem>{t("domainHelp")}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup fieldId="subdomains-input">
        <Checkbox
          id="subdomains-input"
          label={t("includeSubdomains")}
          isChecked={includeSubdomains}
          onChange={(_event, checked) => setIncludeSubdomains(checked)}
        />
      </FormGroup>
      <ActionGroup>
        <Button id="claim-button" type="submit" variant="primary" isDisabled={busy || domain.trim() === ""}>
          {t("claim")}
        </Button>
      </ActionGroup>
    </Form>
  );
}

function ClaimCard({ claim, onVerify, onRemove }) {
  const t = React.useContext(Messages);
  const language = document.documentElement.lang;
  const time = (millis) => formatTime(language, millis, t);
  const verified = claim.status === "VERIFIED";
  const titleId = "claim-" + claim.domain;
  return (
    <Card className="portal-claim" data-domain={claim.domain} data-status={claim.status} aria-labelledby={titleId}>
      <CardTitle>
        <Title headingLevel="h3" size="lg" id={titleId}>
          {claim.domainUnicode}{" "}
          <Label color={verified ? "green" : "orange"} className="claim-status">
            {t("status" + claim.status)}
          </Label>
        </Title>
      </CardTitle>
      <CardBody>
        <Stack hasGutter>
          <StackItem>
            <DescriptionList isHorizontal isCompact>
              <Term name={t("subdomains")}>{claim.includeSubdomains ? t("yes") : t("no")}</Term>
              <Term name={t("createdAt")}>{time(claim.createdAt)}</Term>
              <Term name={t("verifiedAt")}>{time(claim.verifiedAt)}</Term>
              <Term name={t("recheckedAt")}>{time(claim.recheckedAt)}</Term>
              {claim.recordMissingSince && (
                <Term name={t("recordMissingSince")}>{time(claim.recordMissingSince)}</Term>
              )}
            </DescriptionList>
          </StackItem>
          <StackItem>
            <DnsRecord record={claim.verificationRecord} />
          </StackItem>
          <StackItem>
            <Button className="verify-button" variant={verified ? "secondary" : "primary"} onClick={onVerify}>
              {t("verifyNow")}
            </Button>{" "}
            <Button className="remove-button" variant="danger" onClick={onRemove}>
              {t("remove")}
            </Button>
          </StackItem>
        </Stack>
      </CardBody>
    </Card>
  );
}

function DnsRecord({ record }) {
  const t = React.useContext(Messages);
  return (
    <section className="dns-record" aria-label={t("dnsRecord")}>
      <Title headingLevel="h4" size="md">
        {t("dnsRecord")}
      </Title>
      <TextContent>
        <Text component="small">{t("dnsRecordIntro")}</Text>
      </TextContent>
      <DescriptionList isHorizontal isCompact>
        {recordFields(record).map((field) => (
          <Term key={field.key} name={t(field.key)}>
            <ClipboardCopy
              isReadOnly
              hoverTip={t("copy")}
              clickTip={t("copied")}
              className={"record-" + field.key}
              textAriaLabel={t(field.key)}
            >
              {field.value}
            </ClipboardCopy>
          </Term>
        ))}
        <Term name={t("zoneLine")}>
          <code className="record-zone-line">{zoneFileLine(record)}</code>
        </Term>
      </DescriptionList>
    </section>
  );
}

function Term({ name, children }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{name}</DescriptionListTerm>
      <DescriptionListDescription>{children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

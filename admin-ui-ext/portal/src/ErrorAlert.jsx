import { Alert, AlertActionCloseButton } from "@patternfly/react-core";
import React from "react";
import { errorMessage } from "./api.js";
import { Messages } from "./context.js";

/** A refusal of the API in the portal's words; its status and code stay visible for a support request. */
export function ErrorAlert({ error, onClose }) {
  const t = React.useContext(Messages);
  const { key, params } = errorMessage(error.status ?? 0, error.code ?? null, error.detail ?? null);
  return (
    <Alert
      variant="danger"
      isInline
      title={t(key, params)}
      className="portal-error"
      data-error={error.code ?? String(error.status ?? 0)}
      actionClose={onClose ? <AlertActionCloseButton title={t("close")} onClose={onClose} /> : undefined}
    >
      {error.status ? (
        <small>
          HTTP {error.status}
          {error.code ? " · " + error.code : ""}
        </small>
      ) : null}
    </Alert>
  );
}

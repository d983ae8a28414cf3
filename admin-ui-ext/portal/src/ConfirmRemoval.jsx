import { Button, Modal } from "@patternfly/react-core";
import React from "react";
import { Messages } from "./context.js";

/** Asks before removing what `item` is; `title` and `body` name it, `onConfirm` removes it. */
export function ConfirmRemoval({ item, title, body, onConfirm, onClose }) {
  const t = React.useContext(Messages);
  return (
    <Modal
      variant="small"
      title={item ? title(item) : ""}
      isOpen={item !== null}
      onClose={onClose}
      actions={[
        <Button
          key="remove"
          id="confirm-remove"
          variant="danger"
          onClick={() => {
            onClose();
            onConfirm(item);
          }}
        >
          {t("remove")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("cancel")}
        </Button>,
      ]}
    >
      {body}
    </Modal>
  );
}

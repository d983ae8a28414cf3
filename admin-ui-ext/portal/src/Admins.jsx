import {
  ActionGroup,
  Button,
  DataList,
  DataListAction,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Spinner,
  Stack,
  StackItem,
  Text,
  TextContent,
  TextInput,
} from "@patternfly/react-core";
import React, { useCallback, useState } from "react";
import { ConfirmRemoval } from "./ConfirmRemoval.jsx";
import { Messages, useAction, useLoad } from "./context.js";
import { ErrorAlert } from "./ErrorAlert.jsx";
import { formatTime } from "./i18n.js";

/** The tenant's admins: list, appoint a member by user id, remove one. */
export function Admins({ api, tenantId, notify }) {
  const t = React.useContext(Messages);
  const load = useCallback(() => api.admins(tenantId), [api, tenantId]);
  const [admins, reload] = useLoad(load, tenantId);
  const [act, error, setError] = useAction(reload);
  const [removing, setRemoving] = useState(null);
  const [userId, setUserId] = useState("");
  const language = document.documentElement.lang;

  const appoint = async (event) => {
    event.preventDefault();
    const appointed = await act(
      () => api.appoint(tenantId, userId.trim()),
      (admin) => notify(t("appointed", { name: admin.username })),
    );
    if (appointed) {
      setUserId("");
    }
  };

  return (
    <Stack hasGutter className="portal-tab">
      <StackItem>
        <Form id="appoint-form" onSubmit={appoint} isWidthLimited>
          <FormGroup label={t("userId")} isRequired fieldId="user-id-input">
            <TextInput
              id="user-id-input"
              name="userId"
              isRequired
              value={userId}
              onChange={(_event, value) => setUserId(value)}
              aria-describedby="user-id-help"
            />
            <FormHelperText>
              <HelperText id="user-id-help">
                <HelperTextItem>{t("userIdHelp")}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          <ActionGroup>
            <Button id="appoint-button" type="submit" variant="primary" isDisabled={userId.trim() === ""}>
              {t("appoint")}
            </Button>
          </ActionGroup>
        </Form>
      </StackItem>
      {error && (
        <StackItem>
          <ErrorAlert error={error} onClose={() => setError(null)} />
        </StackItem>
      )}
      {admins.loading && <Spinner size="lg" aria-label={t("admins")} />}
      {admins.error && <ErrorAlert error={admins.error} />}
      {admins.value && admins.value.length === 0 && (
        <TextContent>
          <Text>{t("noAdmins")}</Text>
        </TextContent>
      )}
      {admins.value && admins.value.length > 0 && (
        <StackItem>
          <DataList aria-label={t("admins")} id="admins" isCompact>
            {admins.value.map((admin) => (
              <DataListItem key={admin.userId} aria-labelledby={"admin-" + admin.userId} data-user={admin.userId}>
                <DataListItemRow>
                  <DataListItemCells
                    dataListCells={[
                      <DataListCell key="name">
                        <strong id={"admin-" + admin.userId} className="admin-username">
                          {admin.username}
                        </strong>
                        <div>
                          <small>
                            {t("email")}: {admin.email ?? "—"}
                          </small>
                        </div>
                      </DataListCell>,
                      <DataListCell key="appointed">
                        <small>
                          {t("appointedAt")}: {formatTime(language, admin.appointedAt, t)}
                        </small>
                      </DataListCell>,
                    ]}
                  />
                  <DataListAction
                    id={"admin-actions-" + admin.userId}
                    aria-labelledby={"admin-" + admin.userId + " admin-actions-" + admin.userId}
                    aria-label={t("remove")}
                  >
                    <Button variant="secondary" isDanger className="remove-admin" onClick={() => setRemoving(admin)}>
                      {t("remove")}
                    </Button>
                  </DataListAction>
                </DataListItemRow>
              </DataListItem>
            ))}
          </DataList>
        </StackItem>
      )}
      <ConfirmRemoval
        item={removing}
        title={(admin) => t("removeAdminTitle", { name: admin.username })}
        body={t("removeAdminBody")}
        onClose={() => setRemoving(null)}
        onConfirm={(admin) =>
          act(
            () => api.removeAdmin(tenantId, admin.userId),
            () => notify(t("removed", { name: admin.username })),
          )
        }
      />
    </Stack>
  );
}

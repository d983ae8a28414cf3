import React, { useCallback, useEffect, useState } from "react";
import { translator } from "./i18n.js";

/** The translator of the portal's language, for every page. */
export const Messages = React.createContext(translator("en"));

/** Loads when the key changes; the answer, the error, or neither while loading, and a way to load again. */
export function useLoad(load, key) {
  const [state, setState] = useState({ loading: true });
  const reload = useCallback(
    () =>
      load().then(
        (value) => setState({ value }),
        (error) => setState({ error }),
      ),
    [load],
  );
  useEffect(() => {
    setState({ loading: true });
    reload();
  }, [key, reload]);
  return [state, reload];
}

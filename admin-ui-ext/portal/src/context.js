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

/**
 * Runs a change through the API, then loads again and reports it done; a refusal becomes the page's error. Resolves
 * to whether the change went through.
 */
export function useAction(reload) {
  const [error, setError] = useState(null);
  const act = async (action, done) => {
    setError(null);
    try {
      const result = await action();
      await reload();
      done(result);
      return true;
    } catch (refused) {
      setError(refused);
      return false;
    }
  };
  return [act, error, setError];
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useApi } from "../api/endpoints.js";
import { keys, useSignedInSession } from "../api/queries.js";
import { LOCALES, useFormat, useSetLocale } from "../format.js";
import { navigate } from "../router.js";

export function UserMenu() {
  const session = useSignedInSession();
  const api = useApi();
  const queryClient = useQueryClient();
  const format = useFormat();
  const setLocale = useSetLocale();
  const localeId = useId();
  const logout = useMutation({
    mutationFn: api.logout,
    onSuccess: () => {
      // Nothing of the previous user may stay in memory for the next person at this browser.
      queryClient.clear();
      queryClient.setQueryData(keys.setup, { needed: false });
      queryClient.setQueryData(keys.session, null);
      navigate("/");
    },
  });

  return (
    <div className="user-menu">
      <label htmlFor={localeId} title="How numbers, amounts and dates are written">
        Format
      </label>
      <select id={localeId} value={format.locale} onChange={(e) => setLocale(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
      <span className="user-name" title={session.user.email}>
        {session.user.name}
      </span>
      <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
        Log out
      </button>
      {logout.isError ? (
        <span className="error" role="alert">
          Could not log out: {logout.error.message}
        </span>
      ) : null}
    </div>
  );
}

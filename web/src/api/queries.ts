/** Query keys and the app-wide queries (health, setup, session) shared by many components. */
import { useQuery } from "@tanstack/react-query";
import { isUnauthorized } from "./client.js";
import { useApi } from "./endpoints.js";
import type { Session } from "./types.js";

export const keys = {
  health: ["health"] as const,
  setup: ["setup"] as const,
  session: ["session"] as const,
  company: (id: string) => ["company", id] as const,
  connections: (id: string) => ["company", id, "connections"] as const,
  members: (id: string) => ["company", id, "members"] as const,
  invitations: (id: string) => ["company", id, "invitations"] as const,
  apiTokens: (id: string) => ["company", id, "api-tokens"] as const,
  transferLog: (id: string, query: object) => ["company", id, "transfer-log", query] as const,
  invitation: (token: string) => ["invitation", token] as const,
};

export function useHealth() {
  const api = useApi();
  return useQuery({ queryKey: keys.health, queryFn: api.health, staleTime: 60_000 });
}

export function useSetupStatus() {
  const api = useApi();
  return useQuery({ queryKey: keys.setup, queryFn: api.setupStatus, staleTime: Number.POSITIVE_INFINITY });
}

/** The signed-in session, or null when nobody is signed in (a 401 is an answer here, not an error). */
export function useSession(enabled = true) {
  const api = useApi();
  return useQuery<Session | null>({
    queryKey: keys.session,
    enabled,
    queryFn: async () => {
      try {
        return await api.session();
      } catch (e) {
        if (isUnauthorized(e)) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** The session of a page that is only rendered when signed in. */
export function useSignedInSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error("useSignedInSession rendered without a session");
  return data;
}

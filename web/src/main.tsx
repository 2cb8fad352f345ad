import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { createHttp, isUnauthorized } from "./api/client.js";
import { ApiContext, createApi } from "./api/endpoints.js";
import { keys } from "./api/queries.js";
import { FormatProvider } from "./components/FormatProvider.js";
import "./styles.css";
import "./layout.css";

const api = createApi(createHttp());

// A 401 from any call means the session ended (expired, logged out elsewhere): drop it, and the app
// shows the login page in place, keeping the URL so the user lands back where they were.
const onError = (error: unknown) => {
  if (isUnauthorized(error)) queryClient.setQueryData(keys.session, null);
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !isUnauthorized(error) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={queryClient}>
        <FormatProvider>
          <App />
        </FormatProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  </StrictMode>,
);

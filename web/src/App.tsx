import { useHealth, useSession, useSetupStatus } from "./api/queries.js";
import { DemoBanner } from "./components/DemoBanner.js";
import { ErrorBoundary } from "./components/ErrorBoundary.js";
import { ErrorPanel, Loading } from "./components/Status.js";
import { InvitePage } from "./pages/InvitePage.js";
import { LoginPage } from "./pages/LoginPage.js";
import { ActivatePage } from "./pages/public/ActivatePage.js";
import { ActivationResultPage } from "./pages/public/ActivationResultPage.js";
import { SetupPage } from "./pages/SetupPage.js";
import { matchPath, useLocation } from "./router.js";
import { SignedInApp } from "./SignedInApp.js";

/** Decides what the visitor sees: invitation, first-run setup, login, or the app itself. */
export function App() {
  const health = useHealth();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {health.data?.demo ? <DemoBanner /> : null}
      <ErrorBoundary>
        <Gate />
      </ErrorBoundary>
    </>
  );
}

function Gate() {
  const { path } = useLocation();
  const setup = useSetupStatus();
  const session = useSession(setup.data?.needed === false);

  // An invitation link works whether or not someone is signed in in this browser.
  const invite = matchPath("/invite/:token", path);
  if (invite?.token) return <InvitePage token={invite.token} />;
  // So do the pages of connecting Fortnox: the person approving may have no account here.
  const activation = matchPath("/activate/:token", path);
  if (activation?.token) return <ActivatePage token={activation.token} />;
  if (path === "/activation-result") return <ActivationResultPage />;

  if (setup.isPending) return <LoadingPage label="Starting…" />;
  if (setup.isError) return <ErrorPanel error={setup.error} retry={() => setup.refetch()} />;
  if (setup.data.needed) return <SetupPage />;

  if (session.isPending) return <LoadingPage label="Checking your session…" />;
  if (session.isError) return <ErrorPanel error={session.error} retry={() => session.refetch()} />;
  if (!session.data) return <LoginPage />;
  return <SignedInApp />;
}

function LoadingPage({ label }: { label: string }) {
  return (
    <main id="main" className="centered">
      <Loading label={label} />
    </main>
  );
}

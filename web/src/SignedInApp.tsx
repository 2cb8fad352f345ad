import { type ComponentType, useEffect } from "react";
import { useSignedInSession } from "./api/queries.js";
import type { SessionCompany } from "./api/types.js";
import { Layout } from "./components/Layout.js";
import { isSection, lastCompany, rememberCompany, type SectionSlug } from "./nav.js";
import { ConnectionsPage } from "./pages/connections/ConnectionsPage.js";
import { LedgerPage } from "./pages/ledger/LedgerPage.js";
import { NewCompanyPage } from "./pages/NewCompanyPage.js";
import { MatchingPage, PsaPage } from "./pages/NotBuiltPages.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { RegistersPage } from "./pages/registers/RegistersPage.js";
import { SettingsPage } from "./pages/SettingsPage.js";
import { TransferLogPage } from "./pages/TransferLogPage.js";
import { matchPath, Redirect, useLocation } from "./router.js";

export interface CompanyPageProps {
  company: SessionCompany;
}

const PAGES: Record<SectionSlug, ComponentType<CompanyPageProps>> = {
  connections: ConnectionsPage,
  ledger: LedgerPage,
  registers: RegistersPage,
  matching: MatchingPage,
  psa: PsaPage,
  "transfer-log": TransferLogPage,
  settings: SettingsPage,
};

/** The routes of a signed-in user. The company is part of every URL, so any page can be linked. */
export function SignedInApp() {
  const session = useSignedInSession();
  const { path } = useLocation();

  if (path === "/" || path === "/login" || path === "/setup") {
    const remembered = session.companies.find((c) => c.id === lastCompany());
    // Without a remembered company, prefer a real one over the shared demo company.
    const target = remembered ?? session.companies.find((c) => !c.demo) ?? session.companies[0];
    return <Redirect to={target ? `/c/${target.id}/connections` : "/companies/new"} />;
  }
  if (path === "/companies/new") {
    return (
      <Layout company={null}>
        <NewCompanyPage />
      </Layout>
    );
  }
  const bare = matchPath("/c/:companyId", path);
  if (bare) return <Redirect to={`/c/${encodeURIComponent(bare.companyId ?? "")}/connections`} />;

  const params = matchPath("/c/:companyId/:section", path) ?? ledgerSubpage(path);
  const section = params?.section;
  const company = session.companies.find((c) => c.id === params?.companyId);
  if (!params || !section || !isSection(section)) {
    return (
      <Layout company={null}>
        <NotFoundPage />
      </Layout>
    );
  }
  if (!company) {
    return (
      <Layout company={null}>
        <NotFoundPage message="This company does not exist, or you are not one of its members." />
      </Layout>
    );
  }
  const Page = PAGES[section];
  return (
    <Layout company={company} section={section}>
      <RememberCompany id={company.id} />
      {/* Keyed by company so no state (filters, half-filled forms) leaks from one company to the next. */}
      <Page key={company.id} company={company} />
    </Layout>
  );
}

/** The ledger has pages below its section (/c/:id/ledger/:yearId/trial-balance …); LedgerPage reads them. */
function ledgerSubpage(path: string): Record<string, string> | null {
  const params = matchPath("/c/:companyId/ledger", path.split("/").slice(0, 4).join("/"));
  return params ? { ...params, section: "ledger" } : null;
}

function RememberCompany({ id }: { id: string }) {
  useEffect(() => rememberCompany(id), [id]);
  return null;
}

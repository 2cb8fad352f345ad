import { canAdminister, roleLabel } from "../roles.js";
import type { CompanyPageProps } from "../SignedInApp.js";
import { ApiTokensSection } from "../settings/ApiTokensSection.js";
import { CompanySection } from "../settings/CompanySection.js";
import { InvitationsSection } from "../settings/InvitationsSection.js";
import { MembersSection } from "../settings/MembersSection.js";

export function SettingsPage({ company }: CompanyPageProps) {
  const admin = canAdminister(company.role);
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">
        The company, its members and API tokens. Your role here: {roleLabel(company.role).toLowerCase()}.
      </p>
      <CompanySection company={company} />
      <MembersSection company={company} />
      {admin ? (
        <>
          <InvitationsSection companyId={company.id} />
          <ApiTokensSection companyId={company.id} />
        </>
      ) : (
        <p className="muted">Only owners and administrators can invite people and manage API tokens.</p>
      )}
    </>
  );
}

import { useState } from "react";
import { ActivationLinkForm } from "./ActivationLinkForm.js";
import { OpenActivationLinks } from "./OpenActivationLinks.js";

/** Connecting Fortnox: a link for whoever administers the company's Fortnox, who approves on Fortnox's page. */
export function ActivateFortnoxSection({
  companyId,
  companyName,
}: {
  companyId: string;
  companyName: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="activate-heading">
      <h2 id="activate-heading">Connect Fortnox</h2>
      <p className="muted">
        Ledgerbridge connects to Fortnox with an activation link: whoever administers {companyName}'s Fortnox
        opens it, reads what the integration asks for, and approves it on Fortnox's own page.
      </p>
      {open ? (
        <ActivationLinkForm companyId={companyId} companyName={companyName} />
      ) : (
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          Activate Fortnox
        </button>
      )}
      <OpenActivationLinks companyId={companyId} />
    </section>
  );
}

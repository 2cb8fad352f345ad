/**
 * Shown on every page when the hub runs in demo mode: its connections go to local emulators of
 * Fortnox and the other systems, so nothing on screen is anyone's real bookkeeping.
 */
export function DemoBanner() {
  return (
    <section className="demo-banner" aria-label="Sandbox notice">
      <strong>Sandbox / demo data.</strong> This hub is connected to local emulators of the accounting
      systems, not to real companies. Nothing you do here reaches a real ledger.
    </section>
  );
}

/**
 * Two integration flows of the hub are not built yet. Their pages say so plainly instead of
 * showing made-up numbers.
 */

function NotBuilt({ title, children }: { title: string; children: string }) {
  return (
    <>
      <h1>{title}</h1>
      <section className="card notice" aria-label="Not built yet">
        <p>{children}</p>
      </section>
    </>
  );
}

export function MatchingPage() {
  return (
    <NotBuilt title="Matching">
      The matching flow is not built yet: it will fetch accounting transactions from 24SevenOffice and match
      them to purchase orders by ordered rules here, automatically or by hand, each match with its reason.
    </NotBuilt>
  );
}

export function PsaPage() {
  return (
    <NotBuilt title="PSA sync">
      The PSA sync is not built yet: it will keep customers, products and projects in step between Visma
      Severa and Fortnox here, push sales invoices by status and bring their paid status back.
    </NotBuilt>
  );
}

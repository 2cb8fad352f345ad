import { useFormat } from "../../format.js";

interface Props {
  label: string;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous / next over server pages; the page number lives in the URL. */
export function LedgerPager({ label, page, pageSize, total, onPage }: Props) {
  const { locale } = useFormat();
  const n = new Intl.NumberFormat(locale);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min((page - 1) * pageSize + 1, total);
  const last = Math.min(page * pageSize, total);
  return (
    <nav className="pagination" aria-label={label}>
      <p role="status">
        {n.format(first)}–{n.format(last)} of {n.format(total)} · page {n.format(page)} of {n.format(pages)}
      </p>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        Previous page
      </button>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        Next page
      </button>
    </nav>
  );
}

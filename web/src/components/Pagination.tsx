import { useId } from "react";
import { useFormat } from "../format.js";
import { PAGE_SIZES } from "../transferLogQuery.js";

interface Props {
  /** The page on screen (from the answer shown, not the one being fetched): the status describes what is visible. */
  page: number;
  pageCount: number;
  pageSize: number;
  /** The size chosen in the URL, which may still be loading. */
  chosenPageSize: number;
  total: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
  /** Names the pager for screen readers; the transfer log's by default. */
  label?: string;
}

export function Pagination(p: Props) {
  const sizeId = useId();
  const { locale } = useFormat();
  const n = new Intl.NumberFormat(locale);
  const first = (p.page - 1) * p.pageSize + 1;
  const last = Math.min(p.page * p.pageSize, p.total);
  return (
    <nav className="pagination" aria-label={p.label ?? "Pages of the transfer log"}>
      <p role="status">
        {n.format(first)}–{n.format(last)} of {n.format(p.total)} · page {n.format(p.page)} of{" "}
        {n.format(Math.max(p.pageCount, 1))}
      </p>
      <button type="button" onClick={p.onPrevious} disabled={!p.canPrevious}>
        Previous page
      </button>
      <button type="button" onClick={p.onNext} disabled={!p.canNext}>
        Next page
      </button>
      <label htmlFor={sizeId}>Rows per page</label>
      <select id={sizeId} value={p.chosenPageSize} onChange={(e) => p.onPageSize(Number(e.target.value))}>
        {PAGE_SIZES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </nav>
  );
}

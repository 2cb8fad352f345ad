import { useEffect, useId, useRef } from "react";
import type { FiscalYear } from "../../api/types.js";
import { useFormat } from "../../format.js";
import { count, period } from "../ledger/ledgerFormat.js";

interface Props {
  /** The uploaded years the sync would touch (at least one). */
  uploaded: FiscalYear[];
  onOverwrite: () => void;
  onKeep: () => void;
  onCancel: () => void;
}

/**
 * Asked before a sync that involves a fiscal year imported from an uploaded SIE file: replace it with
 * Fortnox's data, or keep it (the sync then skips that year and says so in the transfer log). A modal
 * `<dialog>`: focus stays inside, Escape cancels without starting anything.
 */
export function OverwriteDialog({ uploaded, onOverwrite, onKeep, onCancel }: Props) {
  const format = useFormat();
  const ref = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The safe answer has the focus, whatever the browser's own choice for a dialog without autofocus.
    keep.current?.focus();
    return () => dialog?.close();
  }, []);
  const one = uploaded.length === 1;

  return (
    <dialog
      ref={ref}
      className="overwrite-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>
        {one
          ? "Overwrite the uploaded file with Fortnox's data?"
          : "Overwrite the uploaded files with Fortnox's data?"}
      </h2>
      <div id={bodyId}>
        <p>
          {one ? "This fiscal year" : "These fiscal years"} in the ledger came from an uploaded SIE file, not
          from Fortnox:
        </p>
        <ul>
          {uploaded.map((y) => (
            <li key={y.id}>
              <strong>{period(format, y.start, y.end)}</strong> — uploaded file{" "}
              <strong>{y.sourceName ?? "(no name)"}</strong>, {count(format, y.voucherCount)}{" "}
              {y.voucherCount === 1 ? "voucher" : "vouchers"}, imported {format.instant(y.importedAt)}
            </li>
          ))}
        </ul>
        <p>
          Overwriting deletes the uploaded vouchers of {one ? "that year" : "those years"} and imports
          Fortnox's in their place. Keeping {one ? "it" : "them"} leaves {one ? "the year" : "the years"} as
          uploaded; the sync skips {one ? "it" : "them"} and says so in the transfer log. Suppliers and
          customers are updated either way.
        </p>
      </div>
      <div className="dialog-buttons">
        <button ref={keep} type="button" className="primary" onClick={onKeep}>
          {one ? "Keep the uploaded file" : "Keep the uploaded files"}
        </button>
        <button type="button" className="danger" onClick={onOverwrite}>
          Overwrite with Fortnox data
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, toApiError } from "../../api/client.js";
import type { VoucherDetail } from "../../api/types.js";
import { ErrorMessage } from "../../components/Status.js";
import { ledgerKeys } from "./keys.js";

type Doc = VoucherDetail["documents"][number];

const contentUrl = (companyId: string, id: string) =>
  `/api/companies/${encodeURIComponent(companyId)}/documents/${encodeURIComponent(id)}/content`;

function origin(d: Doc): string {
  return d.attachedTo
    .map((a, i) => {
      if (a.via === "supplier_invoice") return `${i === 0 ? "S" : "s"}upplier invoice ${a.ref}`;
      if (a.via === "sales_invoice") return `${i === 0 ? "I" : "i"}nvoice ${a.ref}`;
      return i === 0 ? "The voucher" : "the voucher";
    })
    .join(", ");
}

function sizeText(bytes: number | null): string {
  if (bytes === null) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

interface Props {
  companyId: string;
  voucherId: string;
  documents: Doc[];
}

/**
 * The files behind a voucher. One already here opens in a new tab; one not fetched yet is fetched from
 * the connected system first (the tab opens at once and shows the file when it has arrived, or closes
 * again and the reason is shown here).
 */
export function VoucherDocuments({ companyId, voucherId, documents }: Props) {
  const queryClient = useQueryClient();
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (documents.length === 0) {
    return <p className="muted">No documents are attached to this voucher.</p>;
  }

  async function fetchThenOpen(d: Doc) {
    const tab = window.open("", "_blank");
    setOpening(d.id);
    setError(null);
    try {
      const url = contentUrl(companyId, d.id);
      const res = await fetch(url, { credentials: "same-origin" });
      if (!res.ok) {
        const text = await res.text();
        throw toApiError(res.status, text ? JSON.parse(text) : undefined);
      }
      if (tab) tab.location.href = url;
    } catch (e) {
      tab?.close();
      setError(
        e instanceof ApiError ? e : new ApiError(0, "network_error", "The document could not be fetched."),
      );
    } finally {
      setOpening(null);
      await queryClient.invalidateQueries({ queryKey: ledgerKeys.voucher(companyId, voucherId) });
    }
  }

  return (
    <>
      <ErrorMessage error={error} />
      <table className="documents">
        <caption className="visually-hidden">Documents</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Attached to</th>
            <th scope="col">Size</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td>
                {d.fetched ? (
                  <a href={contentUrl(companyId, d.id)} target="_blank" rel="noopener">
                    {d.name}
                  </a>
                ) : (
                  <button
                    type="button"
                    className="link"
                    onClick={() => void fetchThenOpen(d)}
                    disabled={opening === d.id}
                  >
                    {d.name}
                  </button>
                )}
              </td>
              <td>{origin(d)}</td>
              <td>{sizeText(d.size)}</td>
              <td>
                {opening === d.id
                  ? "Fetching…"
                  : d.fetched
                    ? "Here"
                    : d.lastError
                      ? `Not here yet: ${d.lastError}`
                      : "Not here yet — opening it fetches it"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

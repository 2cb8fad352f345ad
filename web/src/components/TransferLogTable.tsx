import {
  createColumnHelper,
  type PaginationState,
  rowPaginationFeature,
  tableFeatures,
  type Updater,
  useTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import type { Connection, Paged, TransferLogEntry } from "../api/types.js";
import { type Format, useFormat } from "../format.js";
import { hasFilters, type LogView } from "../transferLogQuery.js";
import { Pagination } from "./Pagination.js";
import { Badge, type Tone } from "./Status.js";

const features = tableFeatures({ rowPaginationFeature });
const helper = createColumnHelper<typeof features, TransferLogEntry>();
const noRows: TransferLogEntry[] = [];
const STATUS: Record<TransferLogEntry["status"], { label: string; tone: Tone }> = {
  ok: { label: "OK", tone: "green" },
  error: { label: "Error", tone: "red" },
  skipped: { label: "Skipped", tone: "grey" },
};

function columns(format: Format, connectionName: (id: string | null) => string) {
  return helper.columns([
    helper.accessor("createdAt", {
      header: "Time",
      cell: (ctx) => <time dateTime={ctx.getValue()}>{format.instant(ctx.getValue())}</time>,
    }),
    helper.accessor("connectionId", { header: "Connection", cell: (ctx) => connectionName(ctx.getValue()) }),
    helper.accessor("direction", {
      header: "Direction",
      cell: (ctx) => (ctx.getValue() === "inbound" ? "Received" : "Sent"),
    }),
    helper.accessor("entity", { header: "Entity" }),
    helper.accessor("localId", {
      header: "Our id",
      cell: (ctx) => <span className="id">{ctx.getValue() ?? "—"}</span>,
    }),
    helper.accessor("externalId", {
      header: "Their id",
      cell: (ctx) => <span className="id">{ctx.getValue() ?? "—"}</span>,
    }),
    helper.accessor("status", {
      header: "Status",
      cell: (ctx) => <Badge tone={STATUS[ctx.getValue()].tone}>{STATUS[ctx.getValue()].label}</Badge>,
    }),
    helper.display({
      id: "message",
      header: "Message",
      cell: ({ row }) => (
        <>
          {row.original.message ?? ""}
          {row.original.errorCode ? <code className="error-code">{row.original.errorCode}</code> : null}
        </>
      ),
    }),
  ]);
}

interface Props {
  view: LogView;
  result: Paged<TransferLogEntry> | undefined;
  loading: boolean;
  connections: Connection[];
  onView: (view: LogView) => void;
}

/** One server page at a time: the table only renders; paging and filtering happen in the API. */
export function TransferLogTable({ view, result, loading, connections, onView }: Props) {
  const format = useFormat();
  const cols = useMemo(() => {
    const names = new Map(connections.map((c) => [c.id, c.displayName]));
    return columns(format, (id) => (id ? (names.get(id) ?? "Removed connection") : "—"));
  }, [format, connections]);
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize };
  const onPaginationChange = (updater: Updater<PaginationState>) => {
    const next = typeof updater === "function" ? updater(pagination) : updater;
    const page = next.pageSize !== view.pageSize ? 1 : next.pageIndex + 1;
    onView({ ...view, page, pageSize: next.pageSize });
  };
  const table = useTable({
    features,
    columns: cols,
    data: result?.items ?? noRows,
    rowCount: result?.total ?? 0,
    manualPagination: true,
    state: { pagination },
    onPaginationChange,
  });

  if (!result) return loading ? <p role="status">Loading…</p> : null;
  if (result.total === 0) {
    return (
      <p className="empty" role="status">
        {hasFilters(view.filters)
          ? "No transfers match these filters."
          : "No transfers recorded yet. Items appear here once a connection sends or receives data."}
      </p>
    );
  }
  if (result.items.length === 0) {
    // A linked or reloaded URL can point past the end once the log has shrunk or filters changed.
    return (
      <p className="empty" role="status">
        This page is past the end of the log.{" "}
        <button type="button" onClick={() => onView({ ...view, page: 1 })}>
          Go to the first page
        </button>
      </p>
    );
  }

  return (
    <>
      <div className="table-wrap" aria-busy={loading}>
        <table>
          <caption className="visually-hidden">Transfer log</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col">
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={result.page}
        pageCount={Math.ceil(result.total / result.pageSize)}
        pageSize={result.pageSize}
        chosenPageSize={view.pageSize}
        total={result.total}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onPrevious={table.previousPage}
        onNext={table.nextPage}
        onPageSize={table.setPageSize}
      />
    </>
  );
}

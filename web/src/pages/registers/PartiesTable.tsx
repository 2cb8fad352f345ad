import {
  createColumnHelper,
  type PaginationState,
  rowPaginationFeature,
  tableFeatures,
  type Updater,
  useTable,
} from "@tanstack/react-table";
import type { Party, PartyList } from "../../api/types.js";
import { Pagination } from "../../components/Pagination.js";
import { Badge } from "../../components/Status.js";
import { KIND_TEXT, type RegistersView } from "./registersView.js";

const features = tableFeatures({ rowPaginationFeature });
const helper = createColumnHelper<typeof features, Party>();
const noRows: Party[] = [];
const columns = helper.columns([
  helper.accessor("number", {
    header: "Number",
    cell: (ctx) => <span className="id">{ctx.getValue()}</span>,
  }),
  helper.accessor("name", { header: "Name" }),
  helper.accessor("orgNumber", { header: "Org. number", cell: (ctx) => ctx.getValue() || "—" }),
  helper.accessor("active", {
    header: "Active",
    cell: (ctx) =>
      ctx.getValue() ? <Badge tone="green">Active</Badge> : <Badge tone="grey">Inactive</Badge>,
  }),
]);

interface Props {
  view: RegistersView;
  /** The page on screen: while the next one loads, the previous stays (dimmed), and the pager describes it. */
  result: PartyList;
  loading: boolean;
  onView: (view: RegistersView) => void;
}

/** One server page of suppliers or customers: the table only renders; paging happens in the API. */
export function PartiesTable({ view, result, loading, onView }: Props) {
  const text = KIND_TEXT[view.kind];
  const pagination: PaginationState = { pageIndex: view.page - 1, pageSize: view.pageSize };
  const onPaginationChange = (updater: Updater<PaginationState>) => {
    const next = typeof updater === "function" ? updater(pagination) : updater;
    const page = next.pageSize !== view.pageSize ? 1 : next.pageIndex + 1;
    onView({ ...view, page, pageSize: next.pageSize });
  };
  const table = useTable({
    features,
    columns,
    data: result.items ?? noRows,
    rowCount: result.total,
    manualPagination: true,
    state: { pagination },
    onPaginationChange,
  });

  return (
    <>
      <div className="table-wrap" aria-busy={loading}>
        <table className="parties">
          <caption className="visually-hidden">{text.tab}</caption>
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
        label={`Pages of the ${text.many}`}
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

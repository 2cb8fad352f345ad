import type { ReportQuery, VoucherDetail } from "../../api/types.js";
import { Badge } from "../../components/Status.js";
import { useFormat } from "../../format.js";
import { Link } from "../../router.js";
import { absAmount, isNegative, sumAmounts } from "./decimal.js";
import { accountHref } from "./ledgerView.js";

interface Props {
  companyId: string;
  yearId: string;
  voucher: VoucherDetail;
  filters: ReportQuery;
}

const KIND = { added: "Added later", removed: "Removed" } as const;

/**
 * The voucher's rows with debit and credit apart. Rows removed after registration (#BTRANS) are shown
 * struck through and left out of the totals: they are history, not part of the balance.
 */
export function VoucherRowsTable({ companyId, yearId, voucher, filters }: Props) {
  const format = useFormat();
  const counted = voucher.rows.filter((r) => r.kind !== "removed");
  const debit = sumAmounts(counted.filter((r) => !isNegative(r.amount)).map((r) => r.amount));
  const credit = sumAmounts(counted.filter((r) => isNegative(r.amount)).map((r) => absAmount(r.amount)));
  return (
    <div className="table-wrap">
      <table className="report voucher-rows">
        <caption className="visually-hidden">
          Rows of voucher {voucher.series} {voucher.number}
        </caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Name</th>
            <th scope="col">Text</th>
            <th scope="col">Cost center</th>
            <th scope="col">Project</th>
            <th scope="col" className="num">
              Debit
            </th>
            <th scope="col" className="num">
              Credit
            </th>
          </tr>
        </thead>
        <tbody>
          {voucher.rows.map((r, i) => {
            const negative = isNegative(r.amount);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; the list is fixed per voucher
              <tr key={`${r.account}-${i}`} className={r.kind === "removed" ? "removed" : undefined}>
                <td className="account">
                  <Link to={accountHref(companyId, yearId, r.account, filters)}>{r.account}</Link>
                </td>
                <td>
                  {r.name}
                  {r.kind === "trans" ? null : (
                    <>
                      {" "}
                      <Badge tone={r.kind === "removed" ? "red" : "orange"}>{KIND[r.kind]}</Badge>
                    </>
                  )}
                </td>
                <td>
                  {r.text ?? ""}
                  {r.date !== voucher.date ? (
                    <span className="row-text">{format.localDate(r.date)}</span>
                  ) : null}
                </td>
                <td>{r.costCenter ?? ""}</td>
                <td>{r.project ?? ""}</td>
                <td className="num">{negative ? "" : format.amount(r.amount)}</td>
                <td className="num">{negative ? format.amount(absAmount(r.amount)) : ""}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              Total
            </th>
            <td className="num">{format.amount(debit)}</td>
            <td className="num">{format.amount(credit)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

import type { AccountTransactions, FiscalYear, ReportQuery } from "../../api/types.js";
import { useFormat } from "../../format.js";
import { Link } from "../../router.js";
import { absAmount, isNegative } from "./decimal.js";
import { voucherHref } from "./ledgerView.js";

interface Props {
  companyId: string;
  year: FiscalYear;
  account: string;
  filters: ReportQuery;
  data: AccountTransactions;
  busy: boolean;
}

/** The account's rows in date order: debit and credit in their own columns, as in a printed ledger. */
export function AccountTransactionsTable({ companyId, year, account, filters, data, busy }: Props) {
  const format = useFormat();
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="report transactions">
        <caption className="visually-hidden">Transactions of account {account}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Voucher</th>
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
          {data.items.map((t, i) => {
            const credit = isNegative(t.amount);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own; a page is replaced whole
              <tr key={`${t.voucherId}-${i}`}>
                <td>
                  <time dateTime={t.date}>{format.localDate(t.date)}</time>
                </td>
                <td className="voucher-no">
                  <Link
                    to={voucherHref(companyId, year.id, t.voucherId, { ...filters, account })}
                    aria-label={`Voucher ${t.series} ${t.number}`}
                  >
                    {t.series} {t.number}
                  </Link>
                </td>
                <td>
                  {t.voucherText}
                  {t.text && t.text !== t.voucherText ? <span className="row-text">{t.text}</span> : null}
                </td>
                <td>{t.costCenter ?? ""}</td>
                <td>{t.project ?? ""}</td>
                <td className="num">{credit ? "" : format.amount(t.amount)}</td>
                <td className="num">{credit ? format.amount(absAmount(t.amount)) : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { StatementGroup } from "../../api/types.js";
import { Link } from "../../router.js";
import { AmountCell } from "./AmountCell.js";

interface Props {
  groups: StatementGroup[];
  /** The account's drill-down page. */
  accountTo: (account: string) => string;
}

/** The groups of an income statement or balance sheet: a heading row, its accounts, its total. */
export function StatementRows({ groups, accountTo }: Props) {
  return (
    <>
      {groups
        .filter((g) => g.accounts.length > 0)
        .map((g) => (
          <tbody key={g.key} className="statement-group">
            <tr className="group-heading">
              <th scope="rowgroup" colSpan={3}>
                {g.name}
              </th>
            </tr>
            {g.accounts.map((a) => (
              <tr key={a.account}>
                <td className="account">
                  <Link
                    to={accountTo(a.account)}
                    aria-label={`Transactions of account ${a.account} ${a.name}`}
                  >
                    {a.account}
                  </Link>
                </td>
                <td>{a.name}</td>
                <AmountCell value={a.amount} />
              </tr>
            ))}
            <tr className="subtotal">
              <th scope="row" colSpan={2}>
                Total {g.name.toLowerCase()}
              </th>
              <AmountCell value={g.amount} />
            </tr>
          </tbody>
        ))}
    </>
  );
}

export function StatementHead({ caption }: { caption: string }) {
  return (
    <>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col">Name</th>
          <th scope="col" className="num">
            Amount
          </th>
        </tr>
      </thead>
    </>
  );
}

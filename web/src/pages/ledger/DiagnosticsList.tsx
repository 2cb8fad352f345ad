import type { SieDiagnostic } from "../../api/types.js";
import { useFormat } from "../../format.js";
import { count } from "./ledgerFormat.js";

/** Every error or warning of a file, each with its line, as the reader reported it. */
export function DiagnosticsList({ title, items }: { title: "Errors" | "Warnings"; items: SieDiagnostic[] }) {
  const format = useFormat();
  if (items.length === 0) return null;
  return (
    <div className={title === "Errors" ? "diagnostics diagnostics-errors" : "diagnostics"}>
      <h3>
        {title} ({count(format, items.length)})
      </h3>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{title} in the file</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Line
              </th>
              <th scope="col">Message</th>
              <th scope="col">Code</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one line can carry the same code twice; the list is fixed
              <tr key={`${d.line}-${d.code}-${i}`}>
                <td className="num">{count(format, d.line)}</td>
                <td>{d.message}</td>
                <td>
                  <code>{d.code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

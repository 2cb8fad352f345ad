import { useFormat } from "../../format.js";
import { isNegative } from "./decimal.js";

/** An exact amount in a right-aligned, tabular cell; negative amounts carry a class for colour. */
export function AmountCell({ value, header = false }: { value: string; header?: boolean }) {
  const format = useFormat();
  const className = isNegative(value) ? "num negative" : "num";
  const text = format.amount(value);
  return header ? (
    <th scope="row" className={className}>
      {text}
    </th>
  ) : (
    <td className={className}>{text}</td>
  );
}

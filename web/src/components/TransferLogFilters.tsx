import type { FormEvent } from "react";
import type { Connection, TransferDirection, TransferStatus } from "../api/types.js";
import { systemLabel } from "../systems.js";
import { type Filters, instantToLocalInput, localInputToInstant } from "../transferLogQuery.js";
import { Field, formText, SelectField } from "./Field.js";

interface Props {
  filters: Filters;
  connections: Connection[];
  onApply: (filters: Filters) => void;
  onClear: () => void;
}

const ANY = { value: "", label: "Any" };

/** Applied on submit, not per keystroke: one request per change the user actually means. */
export function TransferLogFilters({ filters, connections, onApply, onClear }: Props) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const next: Filters = {};
    const connectionId = formText(form, "connectionId");
    const direction = formText(form, "direction") as TransferDirection | "";
    const entity = formText(form, "entity").trim();
    const status = formText(form, "status") as TransferStatus | "";
    const from = localInputToInstant(formText(form, "from"));
    const to = localInputToInstant(formText(form, "to"));
    if (connectionId) next.connectionId = connectionId;
    if (direction) next.direction = direction;
    if (entity) next.entity = entity;
    if (status) next.status = status;
    if (from) next.from = from;
    if (to) next.to = to;
    onApply(next);
  };

  return (
    <form className="card filters" onSubmit={submit} aria-label="Filter the transfer log">
      <SelectField
        label="Connection"
        name="connectionId"
        defaultValue={filters.connectionId ?? ""}
        options={[
          ANY,
          ...connections.map((c) => ({ value: c.id, label: `${c.displayName} (${systemLabel(c.system)})` })),
        ]}
      />
      <SelectField
        label="Direction"
        name="direction"
        defaultValue={filters.direction ?? ""}
        options={[
          ANY,
          { value: "inbound", label: "Inbound (received)" },
          { value: "outbound", label: "Outbound (sent)" },
        ]}
      />
      <Field label="Entity" name="entity" defaultValue={filters.entity ?? ""} placeholder="e.g. voucher" />
      <SelectField
        label="Status"
        name="status"
        defaultValue={filters.status ?? ""}
        options={[
          ANY,
          { value: "ok", label: "OK" },
          { value: "error", label: "Error" },
          { value: "skipped", label: "Skipped" },
        ]}
      />
      <Field
        label="From"
        name="from"
        type="datetime-local"
        defaultValue={instantToLocalInput(filters.from)}
      />
      <Field label="To" name="to" type="datetime-local" defaultValue={instantToLocalInput(filters.to)} />
      <div className="filter-actions">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      </div>
    </form>
  );
}

import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useApi } from "../../api/endpoints.js";
import type { FiscalYear, ReportQuery } from "../../api/types.js";
import { Field, formText, SelectField } from "../../components/Field.js";
import { ledgerKeys } from "./keys.js";
import { hasFilters } from "./ledgerView.js";

interface Props {
  companyId: string;
  year: FiscalYear;
  filters: ReportQuery;
  /** The monthly result always covers the whole year (the API takes no period for it). */
  periodApplies: boolean;
  onApply: (filters: ReportQuery) => void;
}

const ANY = { value: "", label: "All" };

/** Applied on submit; the filters go into the URL, so the filtered report can be linked. */
export function ReportFilters({ companyId, year, filters, periodApplies, onApply }: Props) {
  const api = useApi();
  const objects = useQuery({
    queryKey: ledgerKeys.objects(companyId, year.id),
    queryFn: () => api.ledgerObjects(companyId, year.id),
    staleTime: 5 * 60_000,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const next: ReportQuery = {};
    const from = formText(form, "from");
    const to = formText(form, "to");
    const costCenter = formText(form, "costCenter");
    const project = formText(form, "project");
    // Disabled fields are not submitted: a period set on another report is kept, not dropped.
    const keep = (value: string, own: string | undefined, bound: string) =>
      periodApplies ? (value && value !== bound ? value : undefined) : own;
    const f = keep(from, filters.from, year.start);
    const t = keep(to, filters.to, year.end);
    if (f) next.from = f;
    if (t) next.to = t;
    if (costCenter) next.costCenter = costCenter;
    if (project) next.project = project;
    if (next.from && next.to && next.from > next.to) {
      setProblem("The period's start is after its end.");
      return;
    }
    setProblem(null);
    onApply(next);
  };
  // The selects take their initial value once: wait for their options.
  if (objects.isPending) return <p className="card filters muted">Loading filters…</p>;
  const costCenters = objects.data?.costCenters ?? [];
  const projects = objects.data?.projects ?? [];
  const option = (o: { code: string; name: string }) => ({
    value: o.code,
    label: `${o.code} ${o.name}`.trim(),
  });

  return (
    <form className="card filters" onSubmit={submit} aria-label="Filter the report">
      <Field
        label="From"
        name="from"
        type="date"
        min={year.start}
        max={year.end}
        defaultValue={filters.from ?? year.start}
        disabled={!periodApplies}
      />
      <Field
        label="To"
        name="to"
        type="date"
        min={year.start}
        max={year.end}
        defaultValue={filters.to ?? year.end}
        disabled={!periodApplies}
      />
      <SelectField
        label="Cost center"
        name="costCenter"
        defaultValue={filters.costCenter ?? ""}
        options={[ANY, ...costCenters.map(option)]}
        disabled={costCenters.length === 0 && !filters.costCenter}
      />
      <SelectField
        label="Project"
        name="project"
        defaultValue={filters.project ?? ""}
        options={[ANY, ...projects.map(option)]}
        disabled={projects.length === 0 && !filters.project}
      />
      <div className="filter-actions">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button type="button" onClick={() => onApply({})} disabled={!hasFilters(filters)}>
          Clear filters
        </button>
      </div>
      {problem ? (
        <p className="error filters-hint" role="alert">
          {problem}
        </p>
      ) : null}
      {periodApplies ? null : (
        <p className="hint filters-hint">The monthly result always shows the whole year.</p>
      )}
    </form>
  );
}

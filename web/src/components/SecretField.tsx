import { useId } from "react";

/** A read-only, labelled box for a secret or link; focusing it selects all, ready to copy by hand. */
export function SecretField({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div className="field secret-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="secret"
        value={value}
        readOnly
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

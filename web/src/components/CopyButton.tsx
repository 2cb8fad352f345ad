import { useState } from "react";

/** Copies a secret or a link; says whether it worked, since the clipboard can be refused. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <>
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status" className="muted">
        {state === "copied"
          ? "Copied."
          : state === "failed"
            ? "Could not copy: select the text and copy it."
            : ""}
      </span>
    </>
  );
}

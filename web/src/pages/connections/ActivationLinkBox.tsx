import { CopyButton } from "../../components/CopyButton.js";
import { SecretField } from "../../components/SecretField.js";
import { useFormat } from "../../format.js";
import type { ActivationLink } from "./api.js";

/** The link just created: only this answer carries it, so it is shown once, ready to copy. */
export function ActivationLinkBox({ link, companyName }: { link: ActivationLink; companyName: string }) {
  const format = useFormat();
  // The server may answer a path or a full URL; the person needs a full one.
  const url = link.url ? new URL(link.url, window.location.origin).href : null;
  return (
    <div role="status" className="success activation-link">
      <p>
        Send this link to the person who administers {companyName}'s Fortnox, or open it yourself if that is
        you: they sign in to Fortnox and approve access. It works once and expires{" "}
        <time dateTime={link.expiresAt}>{format.instant(link.expiresAt)}</time>.
      </p>
      {url ? (
        <div className="secret-row">
          <SecretField label="Activation link" value={url} />
          <CopyButton text={url} label="Copy activation link" />
        </div>
      ) : (
        <p className="error">The server did not return the activation link.</p>
      )}
    </div>
  );
}

import { useFormat } from "../../format.js";
import { bytes, percent } from "./ledgerFormat.js";
import type { UploadProgress } from "./uploadSie.js";

interface Props {
  fileName: string;
  action: "inspect" | "import";
  progress: UploadProgress;
  onCancel: () => void;
}

/** The real upload progress; once all bytes are sent, says that the server is still at work. */
export function UploadProgressBar({ fileName, action, progress, onCancel }: Props) {
  const format = useFormat();
  const sent = progress.total > 0 && progress.loaded >= progress.total;
  const verb = action === "inspect" ? "Checking" : "Importing";
  return (
    <div className="upload-progress">
      <p role="status">
        {sent
          ? `${verb} ${fileName}: uploaded, the server is ${action === "inspect" ? "reading and checking the file" : "importing the vouchers"}…`
          : `${verb} ${fileName}: uploading ${bytes(format, progress.loaded)} of ${bytes(format, progress.total)} (${percent(format, progress.loaded, progress.total)})`}
      </p>
      <div className="progress-row">
        {sent ? (
          <progress aria-label={`${verb} ${fileName}`} />
        ) : (
          <progress aria-label={`Uploading ${fileName}`} max={progress.total || 1} value={progress.loaded} />
        )}
        {sent ? null : (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}

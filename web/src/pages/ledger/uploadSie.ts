/**
 * Sends a SIE file as raw bytes through XMLHttpRequest rather than fetch: only XHR reports upload
 * progress, and a year of vouchers can be 70 MB. Errors come back as the same `ApiError` as any call.
 */
import { ApiError, toApiError, withQuery } from "../../api/client.js";

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface Upload<T> {
  done: Promise<T>;
  abort: () => void;
}

export function uploadFile<T>(
  url: string,
  query: Record<string, string | undefined>,
  file: Blob,
  csrfToken: string,
  onProgress: (p: UploadProgress) => void,
): Upload<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open("POST", withQuery(url, query));
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.setRequestHeader("accept", "application/json");
    xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (e) =>
      onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => onProgress({ loaded: file.size, total: file.size });
    xhr.onload = () => {
      const data = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(toApiError(xhr.status, data));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, "network_error", "The server could not be reached. Check your connection."));
    xhr.onabort = () => reject(new ApiError(0, "aborted", "The upload was cancelled."));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

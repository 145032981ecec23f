import { sdk } from "../../lib/sdk"

/**
 * Fetches a non-JSON admin response (a PDF, an image) with the admin's
 * session and returns it as a Blob. Errors come back as the SDK's FetchError
 * with the route's message.
 */
export async function fetchAdminBlob(
  path: string,
  init: { method?: "GET" | "POST"; body?: Record<string, unknown> } = {},
): Promise<Blob> {
  const response = (await sdk.client.fetch<Response>(path, {
    method: init.method ?? "GET",
    body: init.body,
    headers: { accept: "*/*" },
  })) as unknown as Response
  return await response.blob()
}

/** Opens a blob in a new tab, or downloads it when pop-ups are blocked. */
export function openBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  // No "noopener": with it window.open always returns null. The URL is a
  // same-origin blob, so the new tab gets nothing it could not already reach.
  const opened = window.open(url, "_blank")
  if (!opened) {
    downloadBlob(blob, filename, url)
    return
  }
  // Give the new tab time to load the document before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Saves a blob under `filename`. */
export function downloadBlob(blob: Blob, filename: string, existingUrl?: string) {
  const url = existingUrl ?? URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * The message to show for a failed request: the JS SDK's FetchError carries
 * the route's own `message` (e.g. "Purchase P-1003 is cancelled and cannot
 * be paid out."), which is what a merchant can act on.
 */
export function errorMessage(error: unknown, fallback = "Something went wrong"): string {
  if (!error) {
    return fallback
  }
  if (typeof error === "string") {
    return error
  }
  if (error instanceof Error && error.message) {
    return error.message
  }
  const message = (error as { message?: unknown }).message
  return typeof message === "string" && message ? message : fallback
}

/** The HTTP status of a FetchError, if any. */
export function errorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : undefined
}

/**
 * react-query retry policy: client errors (4xx) are answers, not glitches;
 * only retry network and server errors, twice.
 */
export function retryUnlessClientError(failureCount: number, error: unknown): boolean {
  const status = errorStatus(error)
  if (status !== undefined && status >= 400 && status < 500) {
    return false
  }
  return failureCount < 2
}

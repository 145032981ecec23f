import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { ErrorState } from "./error-state"

type LoadStatesProps = {
  isLoading: boolean
  isError: boolean
  error: unknown
  onRetry?: () => void
  /** "Loading deposits…" */
  loadingText: string
  /** "Could not load deposits" */
  errorTitle: string
  isEmpty: boolean
  emptyText: ReactNode
  /** The loaded content (called only once there is some). */
  children: () => ReactNode
}

const Note = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="text-ui-fg-muted px-6 py-4">
    {children}
  </Text>
)

/** A section's body while its data loads, fails, is empty, or is there. */
export const LoadStates = ({
  isLoading,
  isError,
  error,
  onRetry,
  loadingText,
  errorTitle,
  isEmpty,
  emptyText,
  children,
}: LoadStatesProps) => {
  if (isLoading) return <Note>{loadingText}</Note>
  if (isError) return <ErrorState error={error} title={errorTitle} onRetry={onRetry} />
  if (isEmpty) return <Note>{emptyText}</Note>
  return <>{children()}</>
}

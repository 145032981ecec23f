import { XCircle } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { errorMessage } from "./error-message"

type ErrorStateProps = {
  error: unknown
  onRetry?: () => void
  title?: string
}

/** A failed load, showing the server's message and an optional retry. */
export const ErrorState = ({ error, onRetry, title = "Could not load" }: ErrorStateProps) => (
  <div
    role="alert"
    className="flex flex-col items-center justify-center gap-y-3 px-6 py-10 text-center"
  >
    <XCircle className="text-ui-fg-error" />
    <div className="flex flex-col gap-y-1">
      <Text size="small" weight="plus">
        {title}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {errorMessage(error)}
      </Text>
    </div>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    )}
  </div>
)

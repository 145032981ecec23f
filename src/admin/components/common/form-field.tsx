import { Hint, Label, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  label: string
  /** The control's id: the label points at it. */
  htmlFor?: string
  optional?: boolean
  error?: string
  hint?: ReactNode
  children: ReactNode
  className?: string
}

/**
 * Label, control, then the error or the hint, as in the dashboard's forms.
 * "(Optional)" stands beside the label, not in it, so the control's
 * accessible name is the label alone.
 */
export const FormField = ({
  label,
  htmlFor,
  optional,
  error,
  hint,
  children,
  className,
}: FormFieldProps) => (
  <div className={clx("flex flex-col gap-y-2", className)}>
    <div className="flex items-center gap-x-1">
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
      </Label>
      {optional && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          (Optional)
        </Text>
      )}
    </div>
    {children}
    {error ? <Hint variant="error">{error}</Hint> : hint ? <Hint>{hint}</Hint> : null}
  </div>
)

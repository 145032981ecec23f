import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  label: string
  htmlFor?: string
  optional?: boolean
  error?: string
  hint?: ReactNode
  children: ReactNode
  className?: string
}

/** Label, control and its validation message, laid out the admin's way. */
export const FormField = ({
  label,
  htmlFor,
  optional,
  error,
  hint,
  children,
  className,
}: FormFieldProps) => (
  <div className={`flex flex-col gap-y-2 ${className ?? ""}`}>
    <Label htmlFor={htmlFor} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (Optional)</span>}
    </Label>
    {children}
    {error ? <Hint variant="error">{error}</Hint> : hint ? <Hint>{hint}</Hint> : null}
  </div>
)

import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = {
  id: string
  label: string
  optional?: boolean
  hint?: string
  error?: string
  children: ReactNode
}

/** Label, control, then the hint or the error, as in the dashboard's forms. */
export const FormField = ({ id, label, optional, hint, error, children }: Props) => (
  <div className="flex flex-col gap-y-2">
    <div className="flex items-center gap-x-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {optional && (
        <Label size="small" weight="regular" className="text-ui-fg-muted">
          (Optional)
        </Label>
      )}
    </div>
    {children}
    {error ? (
      <Hint variant="error" id={`${id}-error`}>
        {error}
      </Hint>
    ) : hint ? (
      <Hint id={`${id}-hint`}>{hint}</Hint>
    ) : null}
  </div>
)

import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

/** "+ Add …" for a list the form edits (items, stages, payout lines…). */
export const AddRowButton = ({
  children,
  onClick,
  className,
}: {
  children: ReactNode
  onClick: () => void
  className?: string
}) => (
  <Button
    size="small"
    variant="secondary"
    type="button"
    // Never wrapped onto two lines next to a long section description.
    className={clx("shrink-0 whitespace-nowrap", className)}
    onClick={onClick}
  >
    <Plus />
    {children}
  </Button>
)

type RowIconButtonProps = {
  /** The accessible name, e.g. "Remove stage 2". */
  label: string
  onClick: () => void
  disabled?: boolean
  className?: string
  children: ReactNode
}

/** A small icon button acting on one row of such a list (remove, move). */
export const RowIconButton = ({ label, onClick, disabled, className, children }: RowIconButtonProps) => (
  <IconButton
    size="small"
    variant="transparent"
    type="button"
    aria-label={label}
    disabled={disabled}
    className={className}
    onClick={onClick}
  >
    {children}
  </IconButton>
)

/** Removes one row of such a list. */
export const RemoveRowButton = (props: Omit<RowIconButtonProps, "children">) => (
  <RowIconButton {...props}>
    <Trash />
  </RowIconButton>
)

/** A validation message under a row (xsmall) or under the whole list (small). */
export const InlineError = ({
  message,
  size = "xsmall",
  className,
}: {
  message?: string | null | false
  size?: "xsmall" | "small"
  className?: string
}) =>
  message ? (
    <Text size={size} className={clx("text-ui-fg-error", className)}>
      {message}
    </Text>
  ) : null

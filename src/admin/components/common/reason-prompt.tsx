import { Button, Prompt, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { FormField } from "./form-field"
import { FormError } from "./form-footer"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmLabel: string
  variant: "danger" | "confirmation"
  reasonRequired: boolean
  /** The text field's label: "Reason" unless told (e.g. "Note"). */
  reasonLabel?: string
  isPending: boolean
  error?: string | null
  onConfirm: (reason: string) => void
}

/**
 * A confirmation that asks why (or takes a note); stays open, showing the
 * server's message, until it succeeds. Used for irreversible actions.
 */
export const ReasonPrompt = ({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  variant,
  reasonRequired,
  reasonLabel = "Reason",
  isPending,
  error,
  onConfirm,
}: Props) => {
  const [reason, setReason] = useState("")
  const [touched, setTouched] = useState(false)
  useEffect(() => {
    if (open) {
      setReason("")
      setTouched(false)
    }
  }, [open])
  const missing = reasonRequired && !reason.trim()

  return (
    <Prompt open={open} onOpenChange={(next) => !isPending && onOpenChange(next)} variant={variant}>
      <Prompt.Content className="max-w-[480px]">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            setTouched(true)
            if (!missing) onConfirm(reason.trim())
          }}
        >
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pt-4">
            <FormField
              label={reasonLabel}
              htmlFor="close-reason"
              optional={!reasonRequired}
              error={touched && missing ? `A ${reasonLabel.toLowerCase()} is required.` : undefined}
            >
              <Textarea
                id="close-reason"
                value={reason}
                aria-invalid={(touched && missing) || undefined}
                onChange={(event) => setReason(event.target.value)}
              />
            </FormField>
            <FormError message={error} />
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button" disabled={isPending}>
              Back
            </Prompt.Cancel>
            <Button
              size="small"
              type="submit"
              variant={variant === "danger" ? "danger" : "primary"}
              isLoading={isPending}
            >
              {confirmLabel}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}

import { Button, Code, Prompt, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { formatDate } from "../../common/dates"
import { errorMessage } from "../../common/error-message"
import { FormError } from "../../common/form-footer"
import { useRevealSellerId } from "../../../hooks/customer-purchases"
import type { CustomerPurchase } from "../types"
import { ID_DOCUMENT_TYPES } from "../types"

type RevealIdPromptProps = {
  purchase: CustomerPurchase
  open: boolean
  onOpenChange: (open: boolean) => void
}

export function idTypeLabel(type: string | null): string {
  return ID_DOCUMENT_TYPES.find((t) => t.value === type)?.label ?? type ?? "ID"
}

/**
 * Shows the seller's full ID number after the admin confirms (and
 * optionally says why); the server logs every reveal.
 */
export const RevealIdPrompt = ({ purchase, open, onOpenChange }: RevealIdPromptProps) => {
  const [reason, setReason] = useState("")
  const reveal = useRevealSellerId(purchase.id)
  const revealed = reveal.data?.id_document

  const close = (next: boolean) => {
    onOpenChange(next)
    if (!next) {
      // Forget the number as soon as the dialog closes.
      reveal.reset()
      setReason("")
    }
  }

  return (
    <Prompt open={open} onOpenChange={close} variant="confirmation">
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>Seller's ID number</Prompt.Title>
          <Prompt.Description>
            {revealed
              ? "This access has been recorded in the purchase's activity."
              : "Revealing the full number is recorded in the activity log with your name."}
          </Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          {revealed ? (
            <div className="flex flex-col gap-y-1">
              <Text size="small" className="text-ui-fg-subtle">
                {idTypeLabel(revealed.id_document_type)}
                {revealed.id_document_expires_at &&
                  ` · expires ${formatDate(revealed.id_document_expires_at)}`}
              </Text>
              <Code className="self-start text-base" data-testid="revealed-id-number">
                {revealed.id_document_number ?? "No number recorded"}
              </Code>
            </div>
          ) : (
            <Textarea
              aria-label="Reason for revealing"
              placeholder="Reason (optional), e.g. police enquiry 42"
              rows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
          <FormError message={reveal.isError ? errorMessage(reveal.error) : null} />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>{revealed ? "Close" : "Cancel"}</Prompt.Cancel>
          {!revealed && (
            <Button
              size="small"
              isLoading={reveal.isPending}
              onClick={() => reveal.mutate({ reason: reason.trim() || null })}
            >
              Reveal number
            </Button>
          )}
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

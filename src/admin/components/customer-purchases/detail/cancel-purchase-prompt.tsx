import { Button, Prompt, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../common/error-message"
import { useCancelPurchase } from "../../../hooks/customer-purchases"
import type { CustomerPurchase } from "../types"

type CancelPurchasePromptProps = {
  purchase: CustomerPurchase
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Confirms cancelling a draft purchase, with an optional reason. */
export const CancelPurchasePrompt = ({
  purchase,
  open,
  onOpenChange,
}: CancelPurchasePromptProps) => {
  const [reason, setReason] = useState("")
  const cancel = useCancelPurchase(purchase.id)

  const confirm = () =>
    cancel.mutate(
      { reason: reason.trim() || null },
      {
        onSuccess: () => {
          toast.success(`Purchase ${purchase.number} cancelled`)
          setReason("")
          onOpenChange(false)
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    )

  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant="danger">
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>Cancel purchase {purchase.number}?</Prompt.Title>
          <Prompt.Description>
            The purchase will not be paid out and can no longer be edited. This cannot be undone.
          </Prompt.Description>
        </Prompt.Header>
        <div className="px-6 pb-4">
          <Textarea
            aria-label="Reason for cancelling"
            placeholder="Reason (optional)"
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>Keep purchase</Prompt.Cancel>
          <Button size="small" variant="danger" isLoading={cancel.isPending} onClick={confirm}>
            Cancel purchase
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

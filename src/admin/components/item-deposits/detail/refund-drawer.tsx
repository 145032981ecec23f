import { Drawer, Input, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useRefundItemDeposit } from "../../../hooks/item-deposits"
import { PAYMENT_METHODS } from "../format"
import { formatAmount } from "../../common/money"
import { errorMessage } from "../../common/error-message"
import { DrawerFooter, FormError } from "../../common/form-footer"
import { FormField } from "../../common/form-field"
import { MethodSelect } from "../shared/method-select"
import type { ItemDeposit } from "../types"

type Props = { deposit: ItemDeposit; open: boolean; onOpenChange: (open: boolean) => void }

/** Record that what is left of the deposit went back to the customer. */
export const RefundDrawer = ({ deposit, open, onOpenChange }: Props) => {
  const refund = useRefundItemDeposit(deposit.id)
  const [method, setMethod] = useState("")
  const [other, setOther] = useState("")
  const [reference, setReference] = useState("")
  const [reason, setReason] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      // Suggest the way the deposit was paid.
      const paidWith = deposit.payment_method
      const listed = PAYMENT_METHODS.some((m) => m.value === paidWith)
      setMethod(listed ? paidWith : paidWith ? "other" : "")
      setOther(listed || paidWith === "other" ? "" : paidWith)
      setReference("")
      setReason("")
      setSubmitted(false)
      setServerError(null)
    }
  }, [open, deposit.payment_method])

  const refundMethod = method === "other" ? other.trim() || "other" : method
  const methodError = submitted && !method ? "Choose how the money went back." : undefined
  const amount = formatAmount(deposit.remaining_amount, deposit.currency_code)

  const submit = () => {
    setSubmitted(true)
    setServerError(null)
    if (!method) return
    refund.mutate(
      { refund_method: refundMethod, refund_reference: reference.trim() || null, reason: reason.trim() || null },
      {
        onSuccess: () => {
          toast.success(`Deposit ${deposit.number} refunded (${amount})`)
          onOpenChange(false)
        },
        onError: (error) => {
          const message = errorMessage(error, "The refund could not be recorded.")
          setServerError(message)
          toast.error(message)
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !refund.isPending && onOpenChange(next)}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Refund deposit</Drawer.Title>
          <Drawer.Description className="sr-only">Record a refund of this deposit</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            Records that {amount} (all that is left of {deposit.number}) went back to the customer.
            The deposit is closed.
          </Text>
          <FormField htmlFor="refund_method" label="Refund method" error={methodError}>
            <MethodSelect
              id="refund_method"
              method={method}
              other={other}
              invalid={!!methodError}
              onChange={(changes) => {
                if (changes.method !== undefined) setMethod(changes.method)
                if (changes.other !== undefined) setOther(changes.other)
              }}
            />
          </FormField>
          <FormField htmlFor="refund_reference" label="Reference" optional>
            <Input id="refund_reference" value={reference} onChange={(e) => setReference(e.target.value)} />
          </FormField>
          <FormField htmlFor="refund_reason" label="Reason" optional>
            <Textarea id="refund_reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </FormField>
          <FormError message={serverError} />
        </Drawer.Body>
        <DrawerFooter submitLabel="Record refund" onSubmit={submit} isPending={refund.isPending} />
      </Drawer.Content>
    </Drawer>
  )
}

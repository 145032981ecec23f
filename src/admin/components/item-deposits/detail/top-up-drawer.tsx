import { Drawer, Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTopUpItemDeposit } from "../../../hooks/item-deposit-extras"
import { amountForApi, currencyDigits, formatAmount, fromMinorUnits, isPositiveAmount, toMinorUnits } from "../../common/money"
import { errorMessage } from "../../common/error-message"
import { DrawerFooter, FormError } from "../../common/form-footer"
import { FormField } from "../../common/form-field"
import { MethodSelect } from "../shared/method-select"
import type { ItemDeposit } from "../types"

type Props = { deposit: ItemDeposit; open: boolean; onOpenChange: (open: boolean) => void }

/** A further payment onto the deposit: an amount more per unit. */
export const TopUpDrawer = ({ deposit, open, onOpenChange }: Props) => {
  const topUp = useTopUpItemDeposit(deposit.id)
  const [amount, setAmount] = useState("")
  const [method, setMethod] = useState("")
  const [other, setOther] = useState("")
  const [reference, setReference] = useState("")
  // One key per opening: a double click or a retry records the payment once.
  const [key, setKey] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      setAmount("")
      setMethod("")
      setOther("")
      setReference("")
      setKey(`admin-${Date.now()}-${Math.random().toString(36).slice(2)}`)
      setSubmitted(false)
      setServerError(null)
    }
  }, [open])

  const digits = currencyDigits(deposit.currency_code)
  const amountError = submitted && !isPositiveAmount(amount, digits) ? "Enter an amount more than 0." : undefined
  const methodError = submitted && !method ? "Choose how it was paid." : undefined
  const minor = isPositiveAmount(amount, digits) ? toMinorUnits(amount, digits) : null
  const total =
    minor !== null ? formatAmount(fromMinorUnits(minor * deposit.units, digits), deposit.currency_code) : null

  const submit = () => {
    setSubmitted(true)
    setServerError(null)
    if (!isPositiveAmount(amount, digits) || !method) return
    topUp.mutate(
      {
        amount_per_unit: amountForApi(amount),
        payment_method: method === "other" ? other.trim() || "other" : method,
        payment_reference: reference.trim() || null,
        idempotency_key: key,
      },
      {
        onSuccess: () => {
          toast.success(`Deposit ${deposit.number} topped up${total ? ` by ${total}` : ""}`)
          onOpenChange(false)
        },
        onError: (error) => {
          const message = errorMessage(error, "The top-up could not be recorded.")
          setServerError(message)
          toast.error(message)
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !topUp.isPending && onOpenChange(next)}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Top up deposit</Drawer.Title>
          <Drawer.Description className="sr-only">Record a further payment onto this deposit</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            The customer pays more towards {deposit.number}. The amount is added to each of its {deposit.units} unit(s).
          </Text>
          <FormField htmlFor="top_up_amount" label="Amount per unit" error={amountError} hint={total ? `Payment: ${total}` : undefined}>
            <Input id="top_up_amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={!!amountError} />
          </FormField>
          <FormField htmlFor="top_up_method" label="Payment method" error={methodError}>
            <MethodSelect
              id="top_up_method"
              method={method}
              other={other}
              invalid={!!methodError}
              onChange={(changes) => {
                if (changes.method !== undefined) setMethod(changes.method)
                if (changes.other !== undefined) setOther(changes.other)
              }}
            />
          </FormField>
          <FormField htmlFor="top_up_reference" label="Payment reference" optional>
            <Input id="top_up_reference" value={reference} onChange={(e) => setReference(e.target.value)} />
          </FormField>
          <FormError message={serverError} />
        </Drawer.Body>
        <DrawerFooter submitLabel="Record top-up" onSubmit={submit} isPending={topUp.isPending} />
      </Drawer.Content>
    </Drawer>
  )
}

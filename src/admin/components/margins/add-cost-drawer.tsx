import { Drawer, Input, Select, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../common/error-message"
import { FormField } from "../common/form-field"
import { DrawerFooter, FormError } from "../common/form-footer"
import { amountForApi, currencyDigits, formatAmount, isPositiveAmount } from "../common/money"
import { useAddItemCost, useItemCosts } from "../../hooks/margins"
import type { CustomerPurchase, PurchaseItem } from "../customer-purchases/types"

const KINDS = [
  { value: "parts", label: "Parts" },
  { value: "labour", label: "Labour" },
  { value: "other", label: "Other" },
]

type Props = { purchase: CustomerPurchase; item: PurchaseItem | null; onOpenChange: (open: boolean) => void }

/** Logs a refurbishment cost (per unit) against an item; lists the costs so far. */
export const AddCostDrawer = ({ purchase, item, onOpenChange }: Props) => {
  const add = useAddItemCost(purchase.id)
  const { data: costs } = useItemCosts(purchase.id, item?.id ?? null)
  const [kind, setKind] = useState("parts")
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)

  useEffect(() => {
    if (item) {
      setKind("parts")
      setAmount("")
      setNote("")
      setSubmitted(false)
      setServerError(null)
    }
  }, [item])

  const digits = currencyDigits(purchase.currency_code)
  const amountError = submitted && !isPositiveAmount(amount, digits) ? "Enter an amount more than 0." : undefined

  const submit = () => {
    setSubmitted(true)
    setServerError(null)
    if (!item || !isPositiveAmount(amount, digits)) return
    add.mutate(
      { itemId: item.id, kind, amount: amountForApi(amount), ...(note.trim() && { note: note.trim() }) },
      {
        onSuccess: () => {
          toast.success(`Cost added to ${item.title}`)
          onOpenChange(false)
        },
        onError: (error) => {
          const message = errorMessage(error, "The cost could not be added.")
          setServerError(message)
          toast.error(message)
        },
      }
    )
  }

  return (
    <Drawer open={!!item} onOpenChange={(next) => !add.isPending && onOpenChange(next)}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Add refurbishment cost</Drawer.Title>
          <Drawer.Description>
            {item?.title}: parts, labour or other costs per unit. They add to the item's unit cost.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <FormField label="Kind" htmlFor="cost-kind">
            <Select value={kind} onValueChange={setKind}>
              <Select.Trigger id="cost-kind" aria-label="Kind">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {KINDS.map((k) => (
                  <Select.Item key={k.value} value={k.value}>
                    {k.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          <FormField label="Amount per unit" htmlFor="cost-amount" error={amountError}>
            <Input id="cost-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </FormField>
          <FormField label="Note" htmlFor="cost-note" optional>
            <Textarea id="cost-note" value={note} onChange={(e) => setNote(e.target.value)} />
          </FormField>
          <FormError message={serverError} />
          {!!costs?.costs.length && (
            <ul className="text-ui-fg-subtle txt-small flex flex-col gap-y-1" aria-label="Costs so far">
              {costs.costs.map((cost) => (
                <li key={cost.id} className="flex justify-between gap-x-2">
                  <span>
                    {KINDS.find((k) => k.value === cost.kind)?.label ?? cost.kind}
                    {cost.note ? `: ${cost.note}` : ""}
                  </span>
                  <span>{formatAmount(cost.amount, purchase.currency_code)}</span>
                </li>
              ))}
            </ul>
          )}
        </Drawer.Body>
        <DrawerFooter submitLabel="Add cost" onSubmit={submit} isPending={add.isPending} />
      </Drawer.Content>
    </Drawer>
  )
}

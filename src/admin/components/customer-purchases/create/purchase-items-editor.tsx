import { Text } from "@medusajs/ui"
import { AddRowButton, RemoveRowButton } from "../../common/list-editing"
import { currencyDigits, formatAmount, fromMinorUnits, toMinorUnits } from "../../common/money"
import { type ItemDraft, type ItemDraftErrors, emptyItemDraft } from "../items/item-draft"
import { ItemDraftFields } from "../items/item-draft-fields"

type PurchaseItemsEditorProps = {
  items: ItemDraft[]
  errors: Record<string, ItemDraftErrors>
  currencyCode: string
  onChange: (items: ItemDraft[]) => void
}

/** Rows of bought items with a running total (in minor units). */
export const PurchaseItemsEditor = ({
  items,
  errors,
  currencyCode,
  onChange,
}: PurchaseItemsEditorProps) => {
  const digits = currencyDigits(currencyCode || "eur")
  const totalMinor = items.reduce((sum, item) => {
    const price = toMinorUnits(item.unit_price, digits)
    const quantity = /^\d+$/.test(item.quantity.trim()) ? Number(item.quantity) : 0
    return price === null ? sum : sum + price * quantity
  }, 0)

  return (
    <div className="flex flex-col gap-y-4">
      {items.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No items yet. You can also add them after creating the purchase.
        </Text>
      )}
      {items.map((item, index) => (
        <div
          key={item.key}
          className="shadow-borders-base flex items-start gap-x-3 rounded-lg p-4"
          aria-label={`Item ${index + 1}`}
          role="group"
        >
          <div className="flex-1">
            <ItemDraftFields
              draft={item}
              errors={errors[item.key]}
              currencyCode={currencyCode || "eur"}
              onChange={(next) => onChange(items.map((i) => (i.key === item.key ? next : i)))}
            />
          </div>
          <RemoveRowButton
            label={`Remove item ${index + 1}`}
            className="mt-6"
            onClick={() => onChange(items.filter((i) => i.key !== item.key))}
          />
        </div>
      ))}
      <div className="flex items-center justify-between">
        <AddRowButton onClick={() => onChange([...items, emptyItemDraft()])}>Add item</AddRowButton>
        <Text size="small" weight="plus">
          Total: {formatAmount(fromMinorUnits(totalMinor, digits), currencyCode || "eur")}
        </Text>
      </div>
    </div>
  )
}

import { Input } from "@medusajs/ui"
import { FormField } from "../../common/form-field"
import { ItemConditionSelect } from "./item-condition-select"
import type { ItemDraft, ItemDraftErrors } from "./item-draft"

type ItemDraftFieldsProps = {
  draft: ItemDraft
  errors?: ItemDraftErrors
  currencyCode: string
  onChange: (draft: ItemDraft) => void
  /** Price and quantity are locked once the purchase is paid out. */
  lockPrice?: boolean
  /**
   * Two columns (a drawer) instead of one row of five (the create form): a
   * 12-column row in a 560 px drawer squeezed the price and wrapped its error
   * over four lines.
   */
  stacked?: boolean
}

/** Column spans per layout: [row of 12 (md and up), stacked in 2]. */
const SPANS = {
  title: ["md:col-span-3", "col-span-2"],
  serial: ["md:col-span-3", "col-span-2"],
  condition: ["md:col-span-2", "col-span-2"],
  qty: ["md:col-span-1", "col-span-1"],
  price: ["md:col-span-3", "col-span-1"],
} as const

/** Title, serial/IMEI, condition, quantity and price paid of one item. */
export const ItemDraftFields = ({
  draft,
  errors = {},
  currencyCode,
  onChange,
  lockPrice,
  stacked = false,
}: ItemDraftFieldsProps) => {
  const span = (field: keyof typeof SPANS) => SPANS[field][stacked ? 1 : 0]
  const set = (field: keyof ItemDraft) => (value: string) => onChange({ ...draft, [field]: value })
  const id = (field: string) => `${draft.key}-${field}`
  return (
    <div className={stacked ? "grid grid-cols-2 gap-3" : "grid grid-cols-1 gap-3 md:grid-cols-12"}>
      <FormField label="Title" htmlFor={id("title")} error={errors.title} className={span("title")}>
        <Input
          id={id("title")}
          size="small"
          placeholder="iPhone 12, 64 GB"
          value={draft.title}
          aria-invalid={!!errors.title}
          onChange={(e) => set("title")(e.target.value)}
        />
      </FormField>
      <FormField label="Serial / IMEI" htmlFor={id("serial")} optional className={span("serial")}>
        <Input
          id={id("serial")}
          size="small"
          value={draft.serial_number}
          onChange={(e) => set("serial_number")(e.target.value)}
        />
      </FormField>
      <FormField label="Condition" htmlFor={id("condition")} className={span("condition")}>
        <ItemConditionSelect
          id={id("condition")}
          value={draft.condition}
          onChange={set("condition")}
        />
      </FormField>
      <FormField label="Qty" htmlFor={id("qty")} error={errors.quantity} className={span("qty")}>
        <Input
          id={id("qty")}
          size="small"
          type="number"
          min={1}
          step={1}
          disabled={lockPrice}
          value={draft.quantity}
          aria-invalid={!!errors.quantity}
          onChange={(e) => set("quantity")(e.target.value)}
        />
      </FormField>
      <FormField
        label={`Price paid (${currencyCode.toUpperCase()})`}
        htmlFor={id("price")}
        error={errors.unit_price}
        className={span("price")}
      >
        <Input
          id={id("price")}
          size="small"
          inputMode="decimal"
          placeholder="0.00"
          disabled={lockPrice}
          value={draft.unit_price}
          aria-invalid={!!errors.unit_price}
          onChange={(e) => set("unit_price")(e.target.value)}
        />
      </FormField>
    </div>
  )
}

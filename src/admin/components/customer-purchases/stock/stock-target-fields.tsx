import { Input, RadioGroup, Label } from "@medusajs/ui"
import { FormField } from "../../common/form-field"
import { ProductPicker, VariantPicker } from "./catalogue-pickers"
import { SalesChannelCheckboxes } from "./sales-channel-checkboxes"
import type { StockDraft, StockErrors, StockMode } from "./stock-target"

const MODES: { value: StockMode; label: string }[] = [
  { value: "existing_variant", label: "Link an existing variant" },
  { value: "new_variant", label: "Create a variant under a product" },
  { value: "new_product", label: "Create a new product" },
]

type StockTargetFieldsProps = {
  draft: StockDraft
  errors: StockErrors
  currencyCode: string
  onChange: (draft: StockDraft) => void
}

/** What the item becomes: an existing variant, a new variant or a new product. */
export const StockTargetFields = ({
  draft,
  errors,
  currencyCode,
  onChange,
}: StockTargetFieldsProps) => {
  const set = <K extends keyof StockDraft>(key: K, value: StockDraft[K]) =>
    onChange({ ...draft, [key]: value })
  const text = (
    key: "variant_title" | "sku" | "price" | "product_title",
    label: string,
    optional = false,
  ) => (
    <FormField label={label} htmlFor={`stock-${key}`} optional={optional} error={errors[key]}>
      <Input
        id={`stock-${key}`}
        size="small"
        inputMode={key === "price" ? "decimal" : undefined}
        value={draft[key]}
        aria-invalid={!!errors[key]}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  )
  const priceLabel = `Selling price (${currencyCode.toUpperCase()})`

  return (
    <div className="flex flex-col gap-y-4">
      <RadioGroup value={draft.mode} onValueChange={(mode) => set("mode", mode as StockMode)}>
        {MODES.map((mode) => (
          <div key={mode.value} className="flex items-center gap-x-2">
            <RadioGroup.Item value={mode.value} id={`stock-mode-${mode.value}`} />
            <Label htmlFor={`stock-mode-${mode.value}`} size="small">
              {mode.label}
            </Label>
          </div>
        ))}
      </RadioGroup>
      {draft.mode === "existing_variant" && (
        <FormField label="Variant" error={errors.variant}>
          <VariantPicker value={draft.variant} onChange={(variant) => set("variant", variant)} />
        </FormField>
      )}
      {draft.mode === "new_variant" && (
        <>
          <FormField label="Product" error={errors.product}>
            <ProductPicker value={draft.product} onChange={(product) => set("product", product)} />
          </FormField>
          <div className="grid grid-cols-2 gap-3">
            {text("variant_title", "Variant title")}
            {text("sku", "SKU", true)}
            {text("price", priceLabel)}
          </div>
        </>
      )}
      {draft.mode === "new_product" && (
        <>
          <div className="grid grid-cols-2 gap-3">
            <div className="col-span-2">{text("product_title", "Product title")}</div>
            {text("price", priceLabel)}
            {text("sku", "SKU", true)}
          </div>
          <FormField
            label="Sales channels"
            error={errors.sales_channel_ids}
            hint="The storefronts that sell the new product."
          >
            <SalesChannelCheckboxes
              idPrefix="stock-sales-channel"
              value={draft.sales_channel_ids}
              onChange={(ids) => set("sales_channel_ids", ids)}
            />
          </FormField>
        </>
      )}
    </div>
  )
}

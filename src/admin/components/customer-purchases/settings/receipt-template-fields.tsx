import { Input, Textarea } from "@medusajs/ui"
import { AddRowButton, RemoveRowButton } from "../../common/list-editing"
import { FormField } from "../../common/form-field"
import type { SettingsErrors, TemplateDraft } from "./settings-draft"

type ReceiptTemplateFieldsProps = {
  value: TemplateDraft
  errors: Pick<SettingsErrors, "store_name" | "signature_lines">
  onChange: (value: TemplateDraft) => void
}

type TextKey = Exclude<keyof TemplateDraft, "signature_lines">

/** The Purchase Receipt Template: store details, texts and signature lines. */
export const ReceiptTemplateFields = ({ value, errors, onChange }: ReceiptTemplateFieldsProps) => {
  const set = (key: TextKey, next: string) => onChange({ ...value, [key]: next })
  const input = (key: TextKey, label: string, optional = true) => (
    <FormField
      label={label}
      htmlFor={`receipt-${key}`}
      optional={optional}
      error={key === "store_name" ? errors.store_name : undefined}
    >
      <Input
        id={`receipt-${key}`}
        size="small"
        value={value[key] ?? ""}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  )
  const area = (key: TextKey, label: string, rows = 3) => (
    <FormField label={label} htmlFor={`receipt-${key}`} optional>
      <Textarea
        id={`receipt-${key}`}
        rows={rows}
        value={value[key] ?? ""}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  )
  const lines = value.signature_lines

  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {input("store_name", "Store name", false)}
        {input("store_tax_id", "Tax ID")}
        {input("store_phone", "Phone")}
        {input("store_email", "Email")}
      </div>
      {area("store_address", "Store address", 2)}
      {input("header", "Header")}
      {area("seller_declaration", "Seller's declaration", 4)}
      {area("terms", "Terms", 4)}
      {input("footer", "Footer")}
      <FormField
        label="Signature lines"
        optional
        error={errors.signature_lines}
        hint="Up to 4, e.g. Seller, Staff member."
      >
        <div className="flex flex-col gap-y-2">
          {lines.map((line, index) => (
            <div key={index} className="flex items-center gap-x-2">
              <Input
                size="small"
                aria-label={`Signature line ${index + 1}`}
                value={line}
                onChange={(e) =>
                  onChange({
                    ...value,
                    signature_lines: lines.map((l, i) => (i === index ? e.target.value : l)),
                  })
                }
              />
              <RemoveRowButton
                label={`Remove signature line ${index + 1}`}
                onClick={() =>
                  onChange({ ...value, signature_lines: lines.filter((_, i) => i !== index) })
                }
              />
            </div>
          ))}
          {lines.length < 4 && (
            <AddRowButton
              className="self-start"
              onClick={() => onChange({ ...value, signature_lines: [...lines, ""] })}
            >
              Add signature line
            </AddRowButton>
          )}
        </div>
      </FormField>
    </div>
  )
}

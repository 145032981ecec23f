import { DatePicker, Input, Select, Text } from "@medusajs/ui"
import { FormField } from "../../common/form-field"
import { ID_DOCUMENT_TYPES } from "../types"
import type { SellerDraft, SellerErrors } from "./seller-draft"

const NONE = "__none__"

type SellerIdentityFieldsProps = {
  value: SellerDraft
  errors: SellerErrors
  onChange: (value: SellerDraft) => void
}

/** ID document shown by the seller, plus optional contact overrides. */
export const SellerIdentityFields = ({ value, errors, onChange }: SellerIdentityFieldsProps) => {
  const set = <K extends keyof SellerDraft>(key: K, next: SellerDraft[K]) =>
    onChange({ ...value, [key]: next })
  const text = (key: keyof SellerDraft, label: string, placeholder = "") => (
    <FormField label={label} htmlFor={`seller-${key}`} optional error={errors[key]}>
      <Input
        id={`seller-${key}`}
        size="small"
        placeholder={placeholder}
        value={value[key] as string}
        aria-invalid={!!errors[key]}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormField>
  )

  return (
    <div className="flex flex-col gap-y-6">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <FormField label="ID type" htmlFor="seller-id-type" error={errors.id_type}>
          <Select
            size="small"
            value={value.id_type || NONE}
            onValueChange={(next) => set("id_type", next === NONE ? "" : next)}
          >
            <Select.Trigger id="seller-id-type" aria-label="ID type">
              <Select.Value placeholder="Choose" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NONE}>No ID recorded</Select.Item>
              {ID_DOCUMENT_TYPES.map((type) => (
                <Select.Item key={type.value} value={type.value}>
                  {type.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField label="Document number" htmlFor="seller-id-number" error={errors.id_number}>
          <Input
            id="seller-id-number"
            size="small"
            autoComplete="off"
            value={value.id_number}
            aria-invalid={!!errors.id_number}
            onChange={(e) => set("id_number", e.target.value)}
          />
        </FormField>
        <FormField label="Expires" optional error={errors.id_expires_at}>
          <DatePicker
            size="small"
            aria-label="ID expiry date"
            value={value.id_expires_at}
            onChange={(date) => set("id_expires_at", date)}
          />
        </FormField>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <FormField label="Date of birth" optional error={errors.date_of_birth}>
          <DatePicker
            size="small"
            aria-label="Seller date of birth"
            value={value.date_of_birth}
            onChange={(date) => set("date_of_birth", date)}
          />
        </FormField>
      </div>
      <div className="flex flex-col gap-y-3">
        <Text size="small" className="text-ui-fg-subtle">
          Contact and address as shown today. Leave empty to use the customer's details.
        </Text>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {text("phone", "Phone", "+44 7700 900123")}
          {text("address_1", "Address", "1 High Street")}
          {text("city", "City")}
          {text("postal_code", "Postal code")}
          {text("country_code", "Country code", "GB")}
        </div>
      </div>
    </div>
  )
}

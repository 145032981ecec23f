import { Input } from "@medusajs/ui"
import { FormField } from "../../common/form-field"

export type NewCustomerDraft = {
  first_name: string
  last_name: string
  email: string
  phone: string
}

export type NewCustomerErrors = Partial<Record<keyof NewCustomerDraft, string>>

export const emptyNewCustomer: NewCustomerDraft = {
  first_name: "",
  last_name: "",
  email: "",
  phone: "",
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validateNewCustomer(draft: NewCustomerDraft): NewCustomerErrors {
  const errors: NewCustomerErrors = {}
  if (!draft.first_name.trim()) errors.first_name = "Enter the first name."
  if (!draft.last_name.trim()) errors.last_name = "Enter the last name."
  if (draft.email.trim() && !EMAIL.test(draft.email.trim())) {
    errors.email = "Enter a valid email address."
  }
  return errors
}

type NewCustomerFieldsProps = {
  value: NewCustomerDraft
  errors: NewCustomerErrors
  onChange: (value: NewCustomerDraft) => void
}

/** A customer created together with the purchase. */
export const NewCustomerFields = ({ value, errors, onChange }: NewCustomerFieldsProps) => {
  const field = (name: keyof NewCustomerDraft, label: string, optional = false, type = "text") => (
    <FormField
      label={label}
      htmlFor={`new-customer-${name}`}
      optional={optional}
      error={errors[name]}
    >
      <Input
        id={`new-customer-${name}`}
        size="small"
        type={type}
        value={value[name]}
        aria-invalid={!!errors[name]}
        onChange={(e) => onChange({ ...value, [name]: e.target.value })}
      />
    </FormField>
  )
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {field("first_name", "First name")}
      {field("last_name", "Last name")}
      {field("email", "Email", true, "email")}
      {field("phone", "Phone", true, "tel")}
    </div>
  )
}

import { toIsoDate } from "../../common/dates"
import type { CreateItemDepositBody } from "../types"

export type DepositFormValues = {
  customer_id: string
  customer_label: string
  variant_id: string
  variant_label: string
  currency_code: string
  amount_per_unit: string
  units: string
  payment_method: string
  payment_method_other: string
  payment_reference: string
  special_order: boolean
  special_order_note: string
  expected_at: Date | null
  notes: string
}

export type DepositFormErrors = Partial<Record<keyof DepositFormValues, string>>

export const emptyDepositForm = (currency = ""): DepositFormValues => ({
  customer_id: "",
  customer_label: "",
  variant_id: "",
  variant_label: "",
  currency_code: currency,
  amount_per_unit: "",
  units: "1",
  payment_method: "",
  payment_method_other: "",
  payment_reference: "",
  special_order: false,
  special_order_note: "",
  expected_at: null,
  notes: "",
})

const DECIMAL = /^\d*\.?\d+$/

/** The same checks the server makes, so most mistakes never leave the form. */
export function validateDepositForm(values: DepositFormValues): DepositFormErrors {
  const errors: DepositFormErrors = {}
  if (!values.customer_id) errors.customer_id = "Choose the customer who paid the deposit."
  if (!values.variant_id) errors.variant_id = "Choose the product variant the deposit is for."
  if (!/^[a-zA-Z]{3}$/.test(values.currency_code)) errors.currency_code = "Choose a currency."

  const amount = values.amount_per_unit.trim()
  if (!amount) {
    errors.amount_per_unit = "Enter the amount paid per unit."
  } else if (amount.startsWith("-")) {
    errors.amount_per_unit = "The amount cannot be negative: enter what the customer paid per unit."
  } else if (!DECIMAL.test(amount) || !/[1-9]/.test(amount)) {
    errors.amount_per_unit = "The amount must be a number greater than 0."
  }

  const units = values.units.trim()
  if (!/^\d+$/.test(units) || Number(units) < 1) {
    errors.units = "Units must be a whole number of at least 1."
  }

  if (!values.payment_method) errors.payment_method = "Choose how the customer paid."
  if (values.expected_at && Number.isNaN(values.expected_at.getTime())) {
    errors.expected_at = "Enter a valid date."
  }
  return errors
}

export function toCreateBody(values: DepositFormValues): CreateItemDepositBody {
  const method =
    values.payment_method === "other" && values.payment_method_other.trim()
      ? values.payment_method_other.trim()
      : values.payment_method
  return {
    customer_id: values.customer_id,
    variant_id: values.variant_id,
    currency_code: values.currency_code.toLowerCase(),
    amount_per_unit: values.amount_per_unit.trim(),
    units: Number(values.units),
    payment_method: method,
    payment_reference: values.payment_reference.trim() || null,
    special_order: values.special_order,
    special_order_note: values.special_order ? values.special_order_note.trim() || null : null,
    expected_at: values.special_order && values.expected_at ? toIsoDate(values.expected_at) : null,
    notes: values.notes.trim() || null,
  }
}

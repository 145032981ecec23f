import { currencyDigits } from "../../common/money"
import type { CreatePurchaseBody } from "../types"
import type { CustomerChoice } from "./customer-picker"
import {
  type ItemDraft,
  type ItemDraftErrors,
  itemDraftToInput,
  validateItemDraft,
} from "../items/item-draft"
import {
  type NewCustomerErrors,
  emptyNewCustomer,
  validateNewCustomer,
} from "./new-customer-fields"
import {
  type SellerDraft,
  type SellerErrors,
  emptySellerDraft,
  sellerDraftToInput,
  validateSeller,
} from "./seller-draft"

export type PurchaseFormState = {
  customer: CustomerChoice
  seller: SellerDraft
  currency_code: string
  notes: string
  items: ItemDraft[]
}

export type PurchaseFormErrors = {
  customer?: string
  newCustomer: NewCustomerErrors
  seller: SellerErrors
  currency_code?: string
  items: Record<string, ItemDraftErrors>
}

export const initialPurchaseForm = (): PurchaseFormState => ({
  customer: { mode: "existing", existing: null, draft: emptyNewCustomer },
  seller: emptySellerDraft,
  currency_code: "",
  notes: "",
  items: [],
})

/** Everything wrong with the form, per field; `hasErrors` says if any. */
export function validatePurchaseForm(form: PurchaseFormState) {
  const errors: PurchaseFormErrors = { newCustomer: {}, seller: {}, items: {} }
  if (form.customer.mode === "existing" && !form.customer.existing) {
    errors.customer = "Choose the customer who is selling, or create a new one."
  }
  if (form.customer.mode === "new") {
    errors.newCustomer = validateNewCustomer(form.customer.draft)
  }
  errors.seller = validateSeller(form.seller)
  if (!/^[a-zA-Z]{3}$/.test(form.currency_code)) {
    errors.currency_code = "Choose the currency (a 3-letter code)."
  }
  const digits = currencyDigits(form.currency_code || "eur")
  form.items.forEach((item) => {
    const itemErrors = validateItemDraft(item, digits)
    if (Object.keys(itemErrors).length) {
      errors.items[item.key] = itemErrors
    }
  })
  const hasErrors =
    !!errors.customer ||
    !!errors.currency_code ||
    Object.keys(errors.newCustomer).length > 0 ||
    Object.keys(errors.seller).length > 0 ||
    Object.keys(errors.items).length > 0
  return { errors, hasErrors }
}

export function purchaseFormToBody(form: PurchaseFormState): CreatePurchaseBody {
  const { customer } = form
  const draft = customer.draft
  return {
    ...(customer.mode === "existing"
      ? { customer_id: customer.existing!.id }
      : {
          customer: {
            first_name: draft.first_name.trim(),
            last_name: draft.last_name.trim(),
            email: draft.email.trim() || null,
            phone: draft.phone.trim() || null,
          },
        }),
    seller: sellerDraftToInput(form.seller),
    currency_code: form.currency_code.toLowerCase(),
    notes: form.notes.trim() || null,
    items: form.items.length ? form.items.map(itemDraftToInput) : undefined,
  }
}

import { amountForApi, isNegativeAmount, toMinorUnits } from "../../common/money"
import type { PurchaseItem, PurchaseItemInput } from "../types"

/** An item as typed into a form (strings until validated). */
export type ItemDraft = {
  key: string
  title: string
  serial_number: string
  condition: string
  quantity: string
  unit_price: string
  notes: string
}

export type ItemDraftErrors = Partial<Record<"title" | "quantity" | "unit_price", string>>

let nextKey = 0

export function emptyItemDraft(): ItemDraft {
  nextKey += 1
  return {
    key: `item-${nextKey}`,
    title: "",
    serial_number: "",
    condition: "",
    quantity: "1",
    unit_price: "",
    notes: "",
  }
}

export function itemDraftFrom(item: PurchaseItem): ItemDraft {
  return {
    ...emptyItemDraft(),
    title: item.title,
    serial_number: item.serial_number ?? "",
    condition: item.condition ?? "",
    quantity: String(item.quantity),
    unit_price: String(item.unit_price),
    notes: item.notes ?? "",
  }
}

/** What is wrong with a draft item (empty when it can be sent). */
export function validateItemDraft(draft: ItemDraft, currencyDigits: number): ItemDraftErrors {
  const errors: ItemDraftErrors = {}
  if (!draft.title.trim()) {
    errors.title = "Enter what was bought."
  }
  if (!/^\s*\d+\s*$/.test(draft.quantity) || Number(draft.quantity) < 1) {
    errors.quantity = "Quantity must be a whole number of at least 1."
  }
  const minor = toMinorUnits(draft.unit_price, currencyDigits)
  if (!draft.unit_price.trim()) {
    errors.unit_price = "Enter the price paid per unit."
  } else if (isNegativeAmount(draft.unit_price)) {
    errors.unit_price = "The price paid must be greater than 0."
  } else if (minor === null) {
    errors.unit_price = `Enter an amount with at most ${currencyDigits} decimals.`
  } else if (minor <= 0) {
    errors.unit_price = "The price paid must be greater than 0."
  }
  return errors
}

/** The draft as the API takes it; amounts go as decimal strings. */
export function itemDraftToInput(draft: ItemDraft): PurchaseItemInput {
  return {
    title: draft.title.trim(),
    serial_number: draft.serial_number.trim() || null,
    condition: draft.condition || null,
    quantity: Number(draft.quantity),
    unit_price: amountForApi(draft.unit_price),
    notes: draft.notes.trim() || null,
  }
}

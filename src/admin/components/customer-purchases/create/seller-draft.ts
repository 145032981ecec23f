import { toIsoDate } from "../../common/dates"
import type { SellerInput } from "../types"

/** The seller's identity as shown on the day, as typed into the form. */
export type SellerDraft = {
  id_type: string
  id_number: string
  id_expires_at: Date | null
  phone: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  /** Compliance: optional, required when the settings say so (the server checks). */
  date_of_birth: Date | null
}

export type SellerErrors = Partial<Record<keyof SellerDraft, string>>

export const emptySellerDraft: SellerDraft = {
  id_type: "",
  id_number: "",
  id_expires_at: null,
  phone: "",
  address_1: "",
  city: "",
  postal_code: "",
  country_code: "",
  date_of_birth: null,
}

export function validateSeller(draft: SellerDraft): SellerErrors {
  const errors: SellerErrors = {}
  const number = draft.id_number.trim()
  if (draft.id_type && !number) {
    errors.id_number = "Enter the document number, or clear the ID type."
  }
  if (number && !draft.id_type) {
    errors.id_type = "Choose the type of ID shown."
  }
  if (number.length > 64) {
    errors.id_number = "The document number is at most 64 characters."
  }
  if (draft.id_expires_at && !number) {
    errors.id_expires_at = "An expiry date needs a document number."
  }
  if (draft.country_code.trim() && !/^[a-zA-Z]{2}$/.test(draft.country_code.trim())) {
    errors.country_code = "Use a 2-letter country code (e.g. GB)."
  }
  return errors
}

/** Only what was filled in; the API falls back to the customer's details. */
export function sellerDraftToInput(draft: SellerDraft): SellerInput | undefined {
  const seller: SellerInput = {}
  if (draft.phone.trim()) {
    seller.phone = draft.phone.trim()
  }
  const address = {
    address_1: draft.address_1.trim(),
    city: draft.city.trim(),
    postal_code: draft.postal_code.trim(),
    country_code: draft.country_code.trim().toLowerCase(),
  }
  const filled = Object.fromEntries(Object.entries(address).filter(([, value]) => value))
  if (Object.keys(filled).length) {
    seller.address = filled
  }
  if (draft.id_type && draft.id_number.trim()) {
    seller.id_document = {
      type: draft.id_type,
      number: draft.id_number.trim(),
      expires_at: draft.id_expires_at ? toIsoDate(draft.id_expires_at) : null,
    }
  }
  if (draft.date_of_birth) {
    seller.date_of_birth = toIsoDate(draft.date_of_birth)
  }
  return Object.keys(seller).length ? seller : undefined
}

import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { stateConflict } from "../../../utils/errors"
import {
  ITEM_DEPOSIT_LINE_METADATA_KEY,
  type ItemDepositLineMetadata,
  type ItemDepositSettingsDTO,
} from "../../../types/item-deposit"

type OnlineSettings = Pick<
  ItemDepositSettingsDTO,
  "online_enabled" | "online_product_ids" | "online_min_percent" | "online_max_percent"
>

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * May a customer buy a deposit of `amount_per_unit` on a variant of
 * `product_id` priced `unit_price` online? Pure, so the rules are tested on
 * their own. Each refusal names the field the storefront sent:
 * - online deposits off, or the product not among those that accept them:
 *   variant_id;
 * - the amount below the minimum or above the maximum share of the price
 *   (amount × 100 compared with price × percent, so no division rounds):
 *   amount_per_unit.
 */
export function assertOnlineDepositAllowed(
  settings: OnlineSettings,
  input: { product_id: string; unit_price: BigNumberInput | null | undefined; amount_per_unit: BigNumberInput }
) {
  if (!settings.online_enabled) {
    throw invalid("variant_id: this store does not take deposits online")
  }
  if (!(settings.online_product_ids ?? []).includes(input.product_id)) {
    throw invalid("variant_id: this product does not accept deposits")
  }
  if (input.unit_price === null || input.unit_price === undefined) {
    throw invalid("variant_id: this variant has no price in the cart's currency")
  }
  const share = MathBN.mult(input.amount_per_unit, 100)
  const min = MathBN.mult(input.unit_price, settings.online_min_percent)
  const max = MathBN.mult(input.unit_price, settings.online_max_percent)
  if (MathBN.lt(share, min)) {
    throw invalid(`amount_per_unit: must be at least ${settings.online_min_percent}% of the price (${formatAmount(MathBN.div(min, 100))})`)
  }
  if (MathBN.gt(share, max)) {
    throw invalid(`amount_per_unit: must be at most ${settings.online_max_percent}% of the price (${formatAmount(MathBN.div(max, 100))})`)
  }
}

/**
 * A top-up bought online: the deposit must be the customer's, active, in
 * the cart's currency, and what it would then hold per unit still within the
 * maximum share of the price (a deposit never grows past what the item costs
 * under the merchant's rule).
 */
export function assertOnlineTopUpAllowed(
  settings: OnlineSettings,
  input: {
    deposit: { customer_id: string; status: string; currency_code: string; amount_per_unit: BigNumberInput }
    customer_id: string
    currency_code: string
    unit_price: BigNumberInput | null | undefined
    amount_per_unit: BigNumberInput
  }
) {
  const { deposit } = input
  if (!settings.online_enabled) {
    throw invalid("deposit_id: this store does not take deposits online")
  }
  if (deposit.currency_code.toLowerCase() !== input.currency_code.toLowerCase()) {
    throw invalid("deposit_id: the deposit is in another currency than the cart")
  }
  if (deposit.status !== "active") {
    throw stateConflict(`deposit_id: the deposit is ${deposit.status}; only an active deposit can be topped up`)
  }
  if (input.unit_price !== null && input.unit_price !== undefined) {
    const after = MathBN.mult(MathBN.add(deposit.amount_per_unit, input.amount_per_unit), 100)
    const max = MathBN.mult(input.unit_price, settings.online_max_percent)
    if (MathBN.gt(after, max)) {
      throw invalid(
        `amount_per_unit: the deposit would then be more than ${settings.online_max_percent}% of the price (${formatAmount(MathBN.div(max, 100))} per unit)`
      )
    }
  }
}

/** The deposit metadata of a cart or order line, if it is a deposit line. */
export function depositLineOf(item: { metadata?: Record<string, unknown> | null } | null | undefined) {
  const meta = item?.metadata?.[ITEM_DEPOSIT_LINE_METADATA_KEY] as ItemDepositLineMetadata | undefined
  return meta && (meta.kind === "deposit" || meta.kind === "top_up") ? meta : undefined
}

function formatAmount(value: BigNumberInput) {
  return MathBN.convert(value).decimalPlaces(2).toString()
}

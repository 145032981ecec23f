import { ContainerRegistrationKeys, MathBN, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ITEM_DEPOSIT_LINE_METADATA_KEY, type ItemDepositLineMetadata } from "../../../types/item-deposit"
import { stateConflict } from "../../../utils/errors"
import { formatDepositNumber } from "../../../utils/deposit-number"
import { assertOnlineDepositAllowed, assertOnlineTopUpAllowed, depositLineOf } from "../utils/online-deposit-rules"

export type PrepareCartDepositLineInput = {
  cart_id: string
  customer_id: string
  amount_per_unit: BigNumberInput
} & ({ variant_id: string; units: number; deposit_id?: undefined } | { deposit_id: string; variant_id?: undefined; units?: undefined })

/** The custom line item addToCartWorkflow is given. */
export type CartDepositLineItem = {
  title: string
  unit_price: BigNumberInput
  quantity: number
  requires_shipping: boolean
  is_discountable: boolean
  thumbnail?: string
  metadata: Record<string, unknown>
}

export const prepareCartDepositLineStepId = "prepare-cart-deposit-line"

const notFound = (what: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

/**
 * Checks a deposit (or top-up) the logged-in customer wants to buy online
 * against the cart and the merchant's settings, and returns the line item
 * that sells it: a custom-priced line with no variant_id (so core neither
 * reserves stock for it nor the deposit sync takes it for the variant), not
 * discountable, not shipped, marked in metadata (see
 * ITEM_DEPOSIT_LINE_METADATA_KEY). Someone else's cart is a 404, as if it
 * did not exist; one deposit line per variant and one top-up line per
 * deposit and cart (409), because the order turns each into one ledger
 * entry. Reads only: nothing to compensate.
 */
export const prepareCartDepositLineStep = createStep(
  prepareCartDepositLineStepId,
  async (input: PrepareCartDepositLineInput, { container }): Promise<StepResponse<CartDepositLineItem>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at", "currency_code", "region_id", "customer.has_account", "items.id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const cart = carts[0] as any
    if (!cart || cart.customer_id !== input.customer_id) {
      throw notFound("Cart", input.cart_id)
    }
    if (cart.completed_at) {
      throw stateConflict(`Cart ${cart.id} is already completed`)
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const settings = await service.retrieveDepositSettings()
    const existing = (cart.items ?? []).map((item: any) => depositLineOf(item)).filter(Boolean) as ItemDepositLineMetadata[]

    let deposit: any
    if (input.deposit_id) {
      ;[deposit] = await service.listItemDeposits({ id: input.deposit_id, customer_id: input.customer_id })
      if (!deposit) {
        throw notFound("Item deposit", input.deposit_id)
      }
    }
    const variantId = deposit?.variant_id ?? input.variant_id!
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "product.id", "product.title", "product.thumbnail", "calculated_price.calculated_amount"],
      filters: { id: variantId },
      context: {
        calculated_price: QueryContext({ currency_code: cart.currency_code, region_id: cart.region_id }),
      },
    })
    const variant = variants[0] as any
    if (!variant) {
      throw notFound("Product variant", variantId)
    }
    const unitPrice = variant.calculated_price?.calculated_amount

    const base = {
      requires_shipping: false,
      is_discountable: false,
      thumbnail: variant.product?.thumbnail ?? undefined,
    }
    if (deposit) {
      assertOnlineTopUpAllowed(settings, {
        deposit,
        customer_id: input.customer_id,
        currency_code: cart.currency_code,
        unit_price: unitPrice,
        amount_per_unit: input.amount_per_unit,
      })
      if (existing.some((m) => m.kind === "top_up" && m.deposit_id === deposit.id)) {
        throw stateConflict(`deposit_id: the cart already tops up deposit ${formatDepositNumber(deposit.display_id)}; remove that line first`)
      }
      const metadata: ItemDepositLineMetadata = { kind: "top_up", deposit_id: deposit.id, variant_id: variantId }
      return new StepResponse<CartDepositLineItem>({
        ...base,
        title: `Deposit top-up ${formatDepositNumber(deposit.display_id)}: ${variant.product?.title ?? ""} ${variant.title ?? ""}`.trim(),
        unit_price: input.amount_per_unit,
        quantity: Number(deposit.units),
        metadata: { [ITEM_DEPOSIT_LINE_METADATA_KEY]: metadata },
      })
    }

    assertOnlineDepositAllowed(settings, {
      product_id: variant.product?.id,
      unit_price: unitPrice,
      amount_per_unit: input.amount_per_unit,
    })
    if (unitPrice !== undefined && MathBN.gt(input.amount_per_unit, unitPrice)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount_per_unit: must not be more than the price")
    }
    if (existing.some((m) => m.kind === "deposit" && m.variant_id === variantId)) {
      throw stateConflict("variant_id: the cart already has a deposit line for this variant; change or remove that line")
    }
    const metadata: ItemDepositLineMetadata = { kind: "deposit", variant_id: variantId, product_id: variant.product.id }
    return new StepResponse<CartDepositLineItem>({
      ...base,
      title: `Deposit: ${variant.product?.title ?? ""} ${variant.title ?? ""}`.trim(),
      unit_price: input.amount_per_unit,
      quantity: input.units!,
      metadata: { [ITEM_DEPOSIT_LINE_METADATA_KEY]: metadata },
    })
  }
)

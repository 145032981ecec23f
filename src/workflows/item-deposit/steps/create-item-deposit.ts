import { randomBytes } from "crypto"
import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"

export type CreateItemDepositStepInput = {
  customer_id: string
  variant_id: string
  currency_code: string
  amount_per_unit: any
  units: number
  payment_method: string
  payment_reference?: string | null
  special_order?: boolean
  special_order_note?: string | null
  expected_at?: Date | string | null
  expires_at?: Date | string | null
  source?: "admin" | "online"
  source_order_id?: string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
  created_by?: string | null
}

export const createItemDepositStepId = "create-item-deposit"

/** 12 characters of an unambiguous alphabet (~60 bits), printed as XXXX-XXXX-XXXX. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
export function generateClaimCode() {
  const chars = [...randomBytes(12)].map((byte) => ALPHABET[byte % ALPHABET.length])
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join("")).join("-")
}

/**
 * Records the deposit and, as its first ledger entry, the payment taken for
 * it (amount per unit × units).
 */
export const createItemDepositStep = createStep(
  createItemDepositStepId,
  async (input: CreateItemDepositStepInput, { container }) => {
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const deposit = await service.createItemDeposits({
      ...input,
      claim_code: generateClaimCode(),
      transactions: [
        {
          type: "payment",
          amount: MathBN.mult(input.amount_per_unit, input.units),
          reference: input.payment_reference ?? null,
          note: input.payment_method,
          actor_id: input.created_by ?? null,
        },
      ],
    } as any)
    return new StepResponse(deposit, deposit.id)
  },
  // The ledger is append-only (the database refuses deletes), so a deposit
  // whose workflow failed is cancelled, not erased.
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    await service.closeDeposit(id, {
      type: "cancellation",
      note: "The workflow that recorded this deposit failed",
    })
  }
)

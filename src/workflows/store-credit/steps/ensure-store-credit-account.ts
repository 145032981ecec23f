import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PluginModule } from "@medusajs/loyalty-plugin/types"

export type EnsureStoreCreditAccountStepInput = {
  customer_id: string
  currency_code: string
}

export const ensureStoreCreditAccountStepId = "ensure-store-credit-account"

/**
 * Finds the customer's store-credit account in the loyalty plugin for the
 * currency, creating it when missing. Compensation removes only an account
 * this step created.
 */
export const ensureStoreCreditAccountStep = createStep(
  ensureStoreCreditAccountStepId,
  async (input: EnsureStoreCreditAccountStepInput, { container }) => {
    const storeCredit: any = container.resolve(PluginModule.STORE_CREDIT)
    const find = async () =>
      (await storeCredit.listStoreCreditAccounts(input, { take: 1 }))[0]

    const existing = await find()
    if (existing) {
      return new StepResponse(existing, undefined)
    }
    try {
      const [created] = await storeCredit.createStoreCreditAccounts([input])
      return new StepResponse(created, created.id as string)
    } catch (error) {
      // Another request created it between our read and our insert: the
      // unique (customer, currency) index said no, so use that account.
      const raced = await find()
      if (raced) {
        return new StepResponse(raced, undefined)
      }
      throw error
    }
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const storeCredit: any = container.resolve(PluginModule.STORE_CREDIT)
    await storeCredit.deleteStoreCreditAccounts([createdId])
  }
)

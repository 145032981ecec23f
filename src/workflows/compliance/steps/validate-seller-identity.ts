import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type ValidateSellerIdentityStepInput = {
  seller?: { date_of_birth?: string | Date | null } | null
}

export const validateSellerIdentityStepId = "validate-seller-identity"

/**
 * The identity fields the settings make mandatory (README "Compliance"):
 * the seller's date of birth when require_seller_date_of_birth is on.
 * Runs before anything is written; 400 naming the field.
 */
export const validateSellerIdentityStep = createStep(
  validateSellerIdentityStepId,
  async (input: ValidateSellerIdentityStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const settings = await service.retrieveSettings()
    if (settings.require_seller_date_of_birth && !input.seller?.date_of_birth) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "seller.date_of_birth: required by the purchase settings (require_seller_date_of_birth)."
      )
    }
    return new StepResponse(null)
  }
)

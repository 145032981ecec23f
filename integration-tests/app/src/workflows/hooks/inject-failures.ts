import {
  payOutCustomerPurchaseWorkflow,
  stockCustomerPurchaseItemsWorkflow,
  stockCustomerPurchaseItemWorkflow,
} from "../../../../../.medusa/server/src/workflows"
import { testHooks } from "../../../../helpers/test-hooks"

/**
 * Failure injection for the compensation tests: when a test arms a hook by
 * name, the handler throws, after the payout has credited store credit or
 * after stocking has moved inventory.
 */
function failIfArmed(name: string) {
  if (testHooks().failures.has(name)) {
    throw new Error(`Injected failure in ${name}`)
  }
}

payOutCustomerPurchaseWorkflow.hooks.purchasePaidOut(() => failIfArmed("purchasePaidOut"))
stockCustomerPurchaseItemWorkflow.hooks.purchaseItemStocked(() =>
  failIfArmed("purchaseItemStocked")
)
stockCustomerPurchaseItemsWorkflow.hooks.purchaseItemsStocked(() =>
  failIfArmed("purchaseItemsStocked")
)

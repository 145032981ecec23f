import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { CustomerPurchaseEvents } from "../../../types/customer-purchase"
import { purchaseTotal } from "../../../utils/purchase-totals"
import { formatPurchaseNumber } from "../../../utils/purchase-number"
import { getPurchaseSettingsStep } from "../steps/get-purchase-settings"
import { validatePayoutStep, verifyPayoutTotalStep, PayoutLineInput } from "../steps/validate-payout"
import { refuseCashPayoutStep } from "../../compliance/steps/refuse-cash-payout"
import { transitionPurchaseStatusStep } from "../steps/transition-purchase-status"
import { createPurchasePayoutStep } from "../steps/create-purchase-payout"
import { creditCustomerStoreCreditWorkflow } from "../../store-credit/workflows/credit-customer-store-credit"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"

export type PayOutCustomerPurchaseWorkflowInput = {
  purchase_id: string
  lines: PayoutLineInput[]
  actor_id?: string
}

export const payOutCustomerPurchaseWorkflowId = "pay-out-customer-purchase"

/**
 * Pays the seller: split across payout methods whose amounts add up to the
 * purchase total. Store-credit portions are credited to the customer's
 * loyalty-plugin account (created when missing) with the purchase as the
 * reference. Paid out once: a lock serialises requests in this process, the
 * row-locked status change and the unique payout per purchase hold across
 * processes, and every step compensates if a later one fails.
 *
 * Hook `purchasePaidOut` runs after the money has moved and before the
 * purchase is logged as paid; throwing from it rolls the payout back.
 */
export const payOutCustomerPurchaseWorkflow = createWorkflow(
  payOutCustomerPurchaseWorkflowId,
  (input: WorkflowData<PayOutCustomerPurchaseWorkflowInput>) => {
    acquireLockStep({ key: input.purchase_id, timeout: 10, ttl: 60 })

    const { data: purchases } = useQueryGraphStep({
      entity: "customer_purchase",
      fields: [
        "id",
        "display_id",
        "status",
        "customer_id",
        "currency_code",
        "items.quantity",
        "items.unit_price",
      ],
      filters: { id: input.purchase_id },
      options: { throwIfKeyNotFound: true },
    })
    const purchase = transform({ purchases }, ({ purchases }) => purchases[0])
    const settings = getPurchaseSettingsStep()

    validatePayoutStep({ purchase, settings, lines: input.lines } as any)
    refuseCashPayoutStep({ settings, lines: input.lines })

    transitionPurchaseStatusStep({
      id: input.purchase_id,
      from: ["draft"],
      to: "paid",
      message: "The purchase is {status} and cannot be paid out.",
    })

    // The items as they are once the purchase is paid (under the row lock the
    // item edits take too): what the payout records and must add up to. An
    // edit that slipped in between the first read and the lock makes this a
    // 409 and the status goes back to draft.
    const { data: lockedPurchases } = useQueryGraphStep({
      entity: "customer_purchase",
      fields: ["id", "display_id", "items.quantity", "items.unit_price"],
      filters: { id: input.purchase_id },
    }).config({ name: "get-purchase-items-after-lock" })
    const lockedItems = transform({ lockedPurchases }, ({ lockedPurchases }) => lockedPurchases[0].items)
    verifyPayoutTotalStep({ items: lockedItems, lines: input.lines, display_id: purchase.display_id } as any)

    const storeCreditAmount = transform({ input, settings }, ({ input, settings }) =>
      input.lines
        .filter(
          (line) =>
            settings.payout_methods.find((m) => m.id === line.method_id)?.type ===
            "store_credit"
        )
        .reduce((sum, line) => MathBN.add(sum, line.amount), MathBN.convert(0))
    )

    const account = when(
      "credit-store-credit-portion",
      { storeCreditAmount },
      ({ storeCreditAmount }) => MathBN.gt(storeCreditAmount, 0)
    ).then(() =>
      creditCustomerStoreCreditWorkflow.runAsStep({
        input: transform({ purchase, storeCreditAmount }, ({ purchase, storeCreditAmount }) => ({
          customer_id: purchase.customer_id,
          currency_code: purchase.currency_code,
          amount: storeCreditAmount,
          reference: "customer_purchase",
          reference_id: purchase.id,
          note: `Payout for purchase ${formatPurchaseNumber(purchase.display_id)}`,
        })),
      })
    )

    const payoutData = transform(
      { input, settings, purchase, account, lockedItems },
      ({ input, settings, purchase, account, lockedItems }) => ({
        purchase_id: purchase.id,
        currency_code: purchase.currency_code,
        total: purchaseTotal(lockedItems as { quantity: number; unit_price: any }[]),
        paid_by: input.actor_id ?? null,
        lines: input.lines.map((line) => {
          const method = settings.payout_methods.find((m) => m.id === line.method_id)!
          return {
            method_id: method.id,
            method_name: method.name,
            method_type: method.type,
            amount: line.amount,
            reference: line.reference ?? null,
            store_credit_account_id:
              method.type === "store_credit" ? account?.id ?? null : null,
          }
        }),
      })
    )
    const payout = createPurchasePayoutStep(payoutData)

    const purchasePaidOut = createHook("purchasePaidOut", {
      purchase_id: input.purchase_id,
      payout,
    })

    const activity = transform({ input, payout }, ({ input, payout }) => [
      {
        purchase_id: input.purchase_id,
        type: "paid_out",
        actor_id: input.actor_id ?? null,
        from_status: "draft",
        to_status: "paid",
        data: {
          payout_id: payout.id,
          lines: payout.lines?.map((l: any) => ({
            method_name: l.method_name,
            amount: l.amount,
          })),
        },
      },
    ])
    createPurchaseActivitiesStep(activity)

    emitEventStep({
      eventName: CustomerPurchaseEvents.PAID_OUT,
      data: transform({ input, payout }, ({ input, payout }) => ({
        id: input.purchase_id,
        payout_id: payout.id,
      })),
    })

    releaseLockStep({ key: input.purchase_id })

    return new WorkflowResponse(payout, { hooks: [purchasePaidOut] })
  }
)

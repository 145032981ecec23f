import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { CustomerPurchase } from "./models/customer-purchase"
import { CustomerPurchaseItem } from "./models/customer-purchase-item"
import { PurchaseActivity } from "./models/purchase-activity"
import { PurchaseAttachment } from "./models/purchase-attachment"
import { PurchasePayout } from "./models/purchase-payout"
import { PurchasePayoutLine } from "./models/purchase-payout-line"
import { PurchaseSetting } from "./models/purchase-setting"
import { DEFAULT_PURCHASE_SETTINGS } from "./utils/default-settings"
import { stateConflict } from "../../utils/errors"
import { lockRowsForUpdate, transactionKnex } from "../../utils/db"
import { formatPurchaseNumber } from "../../utils/purchase-number"
import {
  isFinalStatus,
  type PurchaseSettingsDTO,
  type PurchaseStatus,
} from "../../types/customer-purchase"

type StatusSnapshot = {
  id: string
  status: string
  paid_at: Date | null
  completed_at: Date | null
  cancelled_at: Date | null
}

class CustomerPurchaseModuleService extends MedusaService({
  CustomerPurchase,
  CustomerPurchaseItem,
  PurchaseActivity,
  PurchaseAttachment,
  PurchasePayout,
  PurchasePayoutLine,
  PurchaseSetting,
}) {
  /**
   * The store's settings, or the defaults when the merchant never saved any:
   * reading never writes, so a GET stays a GET.
   */
  @InjectManager()
  async retrieveSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PurchaseSettingsDTO> {
    const [row] = await this.listPurchaseSettings(
      {},
      { take: 1, order: { created_at: "ASC" } },
      sharedContext
    )
    return row
      ? (row as unknown as PurchaseSettingsDTO)
      : ({ id: null, ...DEFAULT_PURCHASE_SETTINGS } as unknown as PurchaseSettingsDTO)
  }

  /**
   * Creates the single settings row on first save, updates it afterwards.
   * A transaction-scoped advisory lock serialises concurrent saves across
   * processes, so two first saves cannot create two rows.
   */
  @InjectTransactionManager()
  async saveSettings(
    data: Partial<Omit<PurchaseSettingsDTO, "id">>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PurchaseSettingsDTO> {
    await transactionKnex(sharedContext).raw(
      "select pg_advisory_xact_lock(hashtext('customer_purchase_setting'))"
    )
    const current = await this.retrieveSettings(sharedContext)
    const next = {
      ...current,
      ...data,
      receipt_template: {
        ...current.receipt_template,
        ...(data.receipt_template ?? {}),
      },
    }

    if (data.stages) {
      await this.assertNoItemsInRemovedStages_(
        current.stages.map((s) => s.value),
        data.stages.map((s) => s.value),
        sharedContext
      )
    }

    const { id, ...fields } = next
    const saved = id
      ? await this.updatePurchaseSettings({ id, ...fields } as any, sharedContext)
      : await this.createPurchaseSettings(fields as any, sharedContext)
    return saved as unknown as PurchaseSettingsDTO
  }

  /**
   * Moves a purchase from one of `from` to `to` under a row lock, so that two
   * processes can never both pass the same check (for example both paying a
   * draft purchase out). Returns the state before the move, for compensation.
   */
  @InjectTransactionManager()
  async transitionPurchaseStatus(
    id: string,
    transition: { from: PurchaseStatus[]; to: PurchaseStatus; message: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StatusSnapshot> {
    await lockRowsForUpdate(sharedContext, "customer_purchase", [id])
    const purchase = await this.retrieveCustomerPurchase(
      id,
      { select: ["id", "status", "paid_at", "completed_at", "cancelled_at"] },
      sharedContext
    )
    if (!transition.from.includes(purchase.status as PurchaseStatus)) {
      throw stateConflict(transition.message.replace("{status}", purchase.status))
    }

    const now = new Date()
    await this.updateCustomerPurchases(
      {
        id,
        status: transition.to,
        ...(transition.to === "paid" && { paid_at: now }),
        ...(transition.to === "completed" && { completed_at: now }),
        ...(transition.to === "cancelled" && { cancelled_at: now }),
      },
      sharedContext
    )
    return purchase as unknown as StatusSnapshot
  }

  /** Puts a purchase back as it was before a transition (compensation). */
  @InjectTransactionManager()
  async restorePurchaseStatus(
    snapshot: StatusSnapshot,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.updateCustomerPurchases(snapshot as any, sharedContext)
  }

  /**
   * Moves an item to a new status under a row lock, failing if it is no longer
   * in a status it may leave (a final status is terminal). Returns the item as
   * it was, for compensation.
   */
  @InjectTransactionManager()
  async transitionItemStatus(
    id: string,
    to: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await lockRowsForUpdate(sharedContext, "customer_purchase_item", [id])
    const item = await this.retrieveCustomerPurchaseItem(id, {}, sharedContext)
    if (isFinalStatus(item.status)) {
      throw stateConflict(
        `Item ${item.title} is already ${item.status.replace(/_/g, " ")}; its status can no longer change.`
      )
    }
    await this.updateCustomerPurchaseItems(
      { id, status: to, ...(to === "stocked" && { stocked_at: new Date() }) },
      sharedContext
    )
    return item
  }

  /**
   * Marks a paid purchase completed when every one of its items has reached a
   * final status. Returns whether it did.
   */
  @InjectTransactionManager()
  async completePurchaseIfDone(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    await lockRowsForUpdate(sharedContext, "customer_purchase", [id])
    const purchase = await this.retrieveCustomerPurchase(
      id,
      { relations: ["items"] },
      sharedContext
    )
    const done =
      purchase.status === "paid" &&
      purchase.items.length > 0 &&
      purchase.items.every((item) => isFinalStatus(item.status))
    if (done) {
      await this.updateCustomerPurchases(
        { id, status: "completed", completed_at: new Date() },
        sharedContext
      )
    }
    return done
  }

  /**
   * Locks the purchase row and checks its status before an item is written
   * in the same transaction: a payout (which moves draft → paid under the same
   * row lock) either happens before, and this refuses, or waits for this write
   * and then pays the new total.
   */
  protected async lockPurchaseForItemChange_(
    purchaseId: string,
    allowed: (status: string) => string | null,
    sharedContext: Context
  ) {
    await lockRowsForUpdate(sharedContext, "customer_purchase", [purchaseId])
    const purchase = await this.retrieveCustomerPurchase(
      purchaseId,
      { select: ["id", "display_id", "status"] },
      sharedContext
    )
    const refusal = allowed(purchase.status)
    if (refusal) {
      throw stateConflict(refusal.replace("{number}", formatPurchaseNumber(purchase.display_id)))
    }
  }

  /** Adds items to a draft purchase, checked under the purchase's row lock. */
  @InjectTransactionManager()
  async addItemsToDraftPurchase(
    purchaseId: string,
    items: Record<string, unknown>[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockPurchaseForItemChange_(
      purchaseId,
      (status) => (status === "draft" ? null : `Purchase {number} is ${status} and can no longer have items added.`),
      sharedContext
    )
    if (!items.length) {
      return []
    }
    // After the purchase's other items, in the order given (read under the
    // row lock above, so two concurrent additions cannot share ranks).
    const [last] = await this.listCustomerPurchaseItems(
      { purchase_id: purchaseId },
      { select: ["rank"], order: { rank: "DESC" }, take: 1, withDeleted: true },
      sharedContext
    )
    const next = (last?.rank ?? -1) + 1
    return await this.createCustomerPurchaseItems(
      items.map((item, index) => ({ ...item, rank: next + index })) as any[],
      sharedContext
    )
  }

  /**
   * Updates an item under its purchase's row lock; `priced` (price, quantity)
   * changes only while the purchase is a draft.
   */
  @InjectTransactionManager()
  async updateItemOfPurchase(
    purchaseId: string,
    update: { id: string } & Record<string, unknown>,
    priced: string[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockPurchaseForItemChange_(
      purchaseId,
      (status) =>
        status === "cancelled"
          ? "Purchase {number} is cancelled; its items can no longer be edited."
          : status !== "draft" && priced.length
            ? `${priced.join(", ")}: the seller has already been paid for this item, so what was paid can no longer change.`
            : null,
      sharedContext
    )
    return await this.updateCustomerPurchaseItems(update as any, sharedContext)
  }

  /** Soft-deletes an item of a draft purchase, checked under the purchase's row lock. */
  @InjectTransactionManager()
  async removeItemOfDraftPurchase(
    purchaseId: string,
    itemId: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lockPurchaseForItemChange_(
      purchaseId,
      (status) => (status === "draft" ? null : `Purchase {number} is ${status} and can no longer have items removed.`),
      sharedContext
    )
    await this.softDeleteCustomerPurchaseItems([itemId], {}, sharedContext)
  }

  protected async assertNoItemsInRemovedStages_(
    before: string[],
    after: string[],
    sharedContext: Context
  ) {
    const removed = before.filter((value) => !after.includes(value))
    if (!removed.length) {
      return
    }
    const [inUse] = await this.listCustomerPurchaseItems(
      { status: removed },
      { take: 1, select: ["id", "status"] },
      sharedContext
    )
    if (inUse) {
      throw stateConflict(
        `Stage "${inUse.status}" cannot be removed while items are in it; move them to another stage first.`
      )
    }
  }
}

export default CustomerPurchaseModuleService

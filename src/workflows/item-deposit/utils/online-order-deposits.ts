import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ItemDepositEvents, type ItemDepositLineMetadata } from "../../../types/item-deposit"
import { createItemDepositWorkflow } from "../workflows/create-item-deposit"
import { topUpItemDepositWorkflow } from "../workflows/top-up-item-deposit"
import { depositLineOf } from "./online-deposit-rules"
import { emitDepositEvents } from "./deposit-events"
import { releaseDepositStock } from "./deposit-stock"

/** Payment collection statuses that mean the customer's money is secured. */
const PAID = new Set(["authorized", "partially_authorized", "captured", "partially_captured", "completed"])

type OrderDepositLine = { item: { id: string; unit_price: any; quantity: any }; meta: ItemDepositLineMetadata }

async function retrieveOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "currency_code",
      "total",
      "items.id",
      "items.unit_price",
      "items.quantity",
      "items.metadata",
      "payment_collections.status",
      "payment_collections.payments.provider_id",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as any
  const lines = ((order?.items ?? []) as any[])
    .map((item) => ({ item, meta: depositLineOf(item) }))
    .filter((l) => l.meta) as OrderDepositLine[]
  return { order, lines }
}

/** The stable key of one order line's payment onto a deposit (and of its void). */
const paymentKey = (orderId: string, itemId: string) => `order:${orderId}:${itemId}`

/**
 * Records what an order placed with online deposit lines paid for: a new
 * deposit (source "online", for the order's customer, payment_method the
 * payment provider, reference the order) per deposit line, a top-up per
 * top-up line. Only once the order's payment is authorized or captured (or
 * nothing was left to pay). Exactly once per line however often order.placed
 * is delivered: a deposit line is found again by the unique
 * (source_order_id, variant_id), a top-up by its idempotency key.
 */
export async function recordOnlineOrderDeposits(container: MedusaContainer, orderId: string) {
  const { order, lines } = await retrieveOrder(container, orderId)
  if (!order || !lines.length || !order.customer_id) {
    return []
  }
  const collections = (order.payment_collections ?? []) as any[]
  const paid = collections.some((c) => PAID.has(c.status)) || (!collections.length && Number(order.total) <= 0)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!paid) {
    logger.warn(`Order ${order.id} has deposit lines but no authorized payment yet: no deposit recorded.`)
    return []
  }
  const provider = collections.flatMap((c) => c.payments ?? []).find((p: any) => p?.provider_id)?.provider_id ?? "online"
  const reference = `Order #${order.display_id} (${order.id})`
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const recorded: string[] = []
  for (const { item, meta } of lines) {
    if (meta.kind === "deposit") {
      const find = () => service.listItemDeposits({ source_order_id: order.id, variant_id: meta.variant_id }, { select: ["id"] })
      if ((await find()).length) {
        continue
      }
      try {
        const { result } = await createItemDepositWorkflow(container).run({
          input: {
            customer_id: order.customer_id,
            variant_id: meta.variant_id,
            currency_code: order.currency_code,
            amount_per_unit: item.unit_price,
            units: Number(item.quantity),
            payment_method: provider,
            payment_reference: reference,
            source: "online",
            source_order_id: order.id,
          },
        })
        recorded.push(result.id)
      } catch (error) {
        // A concurrent delivery of the same event won the unique index.
        if (!(await find()).length) throw error
      }
    } else {
      try {
        const { result } = await topUpItemDepositWorkflow(container).run({
          input: {
            id: meta.deposit_id,
            amount_per_unit: item.unit_price,
            payment_method: provider,
            reference,
            idempotency_key: paymentKey(order.id, item.id),
          },
        })
        if (!result.replayed) recorded.push(meta.deposit_id)
      } catch (error: any) {
        // Closed since checkout validated it: the money stays on the order
        // for the merchant to refund; say so loudly.
        logger.error(`Order ${order.id} paid a top-up of deposit ${meta.deposit_id} that could not be recorded: ${error?.message}`)
      }
    }
  }
  return recorded
}

/**
 * A cancelled order's online deposit payments are voided: a cancellation
 * entry per line, written once (keyed like the payment); a deposit the
 * order bought is cancelled and its stock hold released. Deposits used or
 * closed since are left alone.
 */
export async function voidOnlineOrderDeposits(container: MedusaContainer, orderId: string) {
  const { order, lines } = await retrieveOrder(container, orderId)
  if (!order || !lines.length) {
    return []
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const voided: { deposit_id: string; amount: unknown; order_id: string }[] = []
  for (const { item, meta } of lines) {
    const depositId =
      meta.kind === "top_up"
        ? meta.deposit_id
        : (await service.listItemDeposits({ source_order_id: order.id, variant_id: meta.variant_id }, { select: ["id"] }))[0]?.id
    if (!depositId) {
      continue
    }
    const result = await service.voidOnlinePayment({
      deposit_id: depositId,
      order_id: order.id,
      key: `void:${paymentKey(order.id, item.id)}`,
      amount_per_unit: item.unit_price,
      close: meta.kind === "deposit",
      note: `Order #${order.display_id} was cancelled`,
    })
    if (result) {
      voided.push({ deposit_id: depositId, amount: result.transaction.amount, order_id: order.id })
      if (result.closed) {
        await releaseDepositStock(container, depositId, "cancelled")
      }
    }
  }
  await emitDepositEvents(container, ItemDepositEvents.CANCELLED, voided)
  return voided
}

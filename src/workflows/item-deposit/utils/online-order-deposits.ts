import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
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
      "payment_collections.payments.raw_amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.refunds.raw_amount",
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

/** The order a payment belongs to, through core's order–payment collection link. */
export async function orderIdOfPayment(container: MedusaContainer, paymentId: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["payment_collection_id"],
    filters: { id: paymentId },
  })
  const collectionId = (payments[0] as any)?.payment_collection_id
  if (!collectionId) {
    return undefined
  }
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: collectionId },
  })
  return (links[0] as any)?.order_id
}

/** What the merchant still holds of an order's payments: authorized or captured, less refunds. */
function retainedAmount(order: any) {
  let retained = MathBN.convert(0)
  for (const collection of order.payment_collections ?? []) {
    for (const payment of collection.payments ?? []) {
      if (payment.canceled_at) continue
      retained = MathBN.add(retained, payment.raw_amount)
      for (const refund of payment.refunds ?? []) {
        retained = MathBN.sub(retained, refund.raw_amount)
      }
    }
  }
  return retained
}

const lineTotal = ({ item }: OrderDepositLine) => MathBN.mult(item.unit_price, item.quantity)

/**
 * A refunded order keeps its online deposits only as far as the money the
 * merchant still holds covers them: once refunds bring what is left of the
 * order's payments below its deposit lines' total, lines are voided from
 * the last, whole, until the rest is covered (a refund of the order's other
 * goods leaves the deposits alone). The same refunds always pick the same
 * lines, and each line's void is keyed like a cancellation's, so a
 * redelivered event, a second refund or the order's later cancellation
 * voids nothing twice.
 */
export async function voidRefundedOnlineOrderDeposits(container: MedusaContainer, orderId: string) {
  const { order, lines } = await retrieveOrder(container, orderId)
  if (!order || !lines.length) {
    return []
  }
  const retained = retainedAmount(order)
  let covered = lines.reduce((sum, line) => MathBN.add(sum, lineTotal(line)), MathBN.convert(0))
  const uncovered: OrderDepositLine[] = []
  for (const line of [...lines].reverse()) {
    if (MathBN.lte(covered, retained)) break
    uncovered.push(line)
    covered = MathBN.sub(covered, lineTotal(line))
  }
  return await voidLines(container, order, uncovered, `Order #${order.display_id} was refunded`)
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
  return await voidLines(container, order, lines, `Order #${order.display_id} was cancelled`)
}

async function voidLines(container: MedusaContainer, order: any, lines: OrderDepositLine[], note: string) {
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
      note,
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

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The cart an order was placed from (core links them at completion). */
export async function findOrderCartId(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_cart",
    fields: ["cart_id", "order_id"],
    filters: { order_id: orderId },
  })
  return data[0]?.cart_id as string | undefined
}

/** Of these carts, the ones that became an order. */
export async function cartsWithOrders(container: MedusaContainer, cartIds: string[]) {
  if (!cartIds.length) {
    return new Set<string>()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_cart",
    fields: ["cart_id"],
    filters: { cart_id: cartIds },
  })
  return new Set(data.map((row: any) => row.cart_id as string))
}

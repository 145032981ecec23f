import { Badge, Button, Container, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { SectionHeader } from "../common/section"
import { currencyDigits, formatAmount, fromMinorUnits, toMinorUnits } from "../common/money"
import { useItemMargins } from "../../hooks/margins"
import type { CustomerPurchase, PurchaseItem } from "../customer-purchases/types"
import { AddCostDrawer } from "./add-cost-drawer"

const TIGHT_ROW = "[&_td]:pr-3 [&_th]:pr-3"

/** Price paid plus refurbishment so far, in minor units (no float sums). */
function unitCostBeforeStocking(item: PurchaseItem, digits: number) {
  const paid = toMinorUnits(item.unit_price, digits) ?? 0
  const refurbishment = toMinorUnits(item.refurbishment_cost ?? 0, digits) ?? 0
  return fromMinorUnits(paid + refurbishment, digits)
}

const days = (value: number | null) => (value === null ? "-" : `${value} ${value === 1 ? "day" : "days"}`)

/**
 * What each bought item earned: its cost per unit (price paid plus
 * refurbishment), units sold, net revenue, margin and days to sell; and
 * refurbishment costs logged while it is not yet sold.
 */
export const ItemMarginsSection = ({ purchase }: { purchase: CustomerPurchase }) => {
  const { data } = useItemMargins(purchase.id)
  const [costing, setCosting] = useState<PurchaseItem | null>(null)
  const digits = currencyDigits(purchase.currency_code)
  const money = (amount: number | string | null | undefined) => formatAmount(amount ?? null, purchase.currency_code)
  const byItem = new Map((data?.items ?? []).map((m) => [m.item_id, m]))
  const items = [...purchase.items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (purchase.status === "draft" || purchase.status === "cancelled" || !items.length) {
    return null
  }

  return (
    <Container className="divide-y p-0" data-testid="item-margins">
      <SectionHeader title="Margins" description="What each bought unit earned, net of discounts and tax." />
      <div className="overflow-x-auto">
        <Table>
          <Table.Header className="whitespace-nowrap">
            <Table.Row className={TIGHT_ROW}>
              <Table.HeaderCell>Item</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Sold</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Margin</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Days to sell</Table.HeaderCell>
              <Table.HeaderCell className="w-px">
                <span className="sr-only">Actions</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {items.map((item) => {
              const m = byItem.get(item.id)
              const cost = item.unit_cost ?? unitCostBeforeStocking(item, digits)
              const canAddCost =
                item.status !== "scrapped" && item.status !== "returned_to_seller" && !(m && m.units_sold > 0)
              return (
                <Table.Row key={item.id} className={TIGHT_ROW}>
                  <Table.Cell className="py-2">
                    <Text size="small" weight="plus" className="break-words">
                      {item.title}
                    </Text>
                    {item.serial_number && (
                      <Text size="xsmall" className="text-ui-fg-subtle break-all font-mono">
                        {item.serial_number}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">{money(cost)}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">
                    {m?.units_sold ?? 0} / {item.quantity}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">{m?.units_sold ? money(m.sold) : "-"}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">
                    {m?.units_sold ? (
                      <Badge size="2xsmall" color={m.margin >= 0 ? "green" : "red"}>
                        {money(m.margin)}
                      </Badge>
                    ) : (
                      "-"
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">{days(m?.days_to_sell ?? null)}</Table.Cell>
                  <Table.Cell>
                    {canAddCost && (
                      <Button size="small" variant="transparent" onClick={() => setCosting(item)}>
                        Add cost
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </div>
      <AddCostDrawer purchase={purchase} item={costing} onOpenChange={(open) => !open && setCosting(null)} />
    </Container>
  )
}

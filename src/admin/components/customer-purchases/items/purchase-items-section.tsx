import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { EmptyState } from "../../common/empty-state"
import { formatAmount } from "../../common/money"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"
import { conditionLabel } from "../item-status-labels"
import { StockItemDrawer } from "../stock/stock-item-drawer"
import type { CustomerPurchase, PurchaseItem } from "../types"
import { ItemFormDrawer } from "./item-form-drawer"
import { ItemRowActions } from "./item-row-actions"
import { ItemStageSelect } from "./item-stage-select"
import { StockedItemLink } from "./stocked-item-link"

/**
 * Cells 12px apart instead of the table's 24px (the outer edges keep 24px),
 * so every column, the actions menu included, fits the detail page's main
 * column at 1280px without scrolling sideways.
 */
const TIGHT_ROW = "[&_td]:pr-3 [&_th]:pr-3"

/** The bought items: prices, stage, and the per-item actions. */
export const PurchaseItemsSection = ({ purchase }: { purchase: CustomerPurchase }) => {
  const { data: settings } = usePurchaseSettings()
  const stages = settings?.purchase_settings.stages ?? []
  const [editing, setEditing] = useState<{ item: PurchaseItem | null } | null>(null)
  const [stocking, setStocking] = useState<PurchaseItem | null>(null)
  const isDraft = purchase.status === "draft"
  const money = (amount: number | null) => formatAmount(amount, purchase.currency_code)
  // Item ids are time-ordered, so this lists items in the order they were added.
  const items = [...purchase.items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Items</Heading>
        {isDraft && (
          <Button size="small" variant="secondary" onClick={() => setEditing({ item: null })}>
            <Plus />
            Add item
          </Button>
        )}
      </div>
      {purchase.items.length === 0 ? (
        <EmptyState heading="No items" description="Add what was bought before paying out." />
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header className="whitespace-nowrap">
              <Table.Row className={TIGHT_ROW}>
                <Table.HeaderCell>Item</Table.HeaderCell>
                <Table.HeaderCell>Condition</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Price paid</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
                <Table.HeaderCell>Stage</Table.HeaderCell>
                <Table.HeaderCell className="w-px">
                  <span className="sr-only">Actions</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((item) => (
                <Table.Row key={item.id} className={TIGHT_ROW}>
                  <Table.Cell className="py-2">
                    <div className="flex min-w-0 flex-col">
                      <Text size="small" weight="plus" className="break-words">
                        {item.title}
                      </Text>
                      {item.serial_number && (
                        // Long serials (IMEIs) break anywhere rather than widen the table.
                        <Text size="xsmall" className="text-ui-fg-subtle break-all font-mono">
                          {item.serial_number}
                        </Text>
                      )}
                      <StockedItemLink item={item} currencyCode={purchase.currency_code} />
                    </div>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{conditionLabel(item.condition)}</Table.Cell>
                  <Table.Cell className="text-right">{item.quantity}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">{money(item.unit_price)}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">{money(item.total)}</Table.Cell>
                  <Table.Cell>
                    <ItemStageSelect purchase={purchase} item={item} stages={stages} />
                  </Table.Cell>
                  <Table.Cell>
                    <ItemRowActions
                      purchase={purchase}
                      item={item}
                      onEdit={() => setEditing({ item })}
                      onStock={() => setStocking(item)}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" weight="plus">
          Total
        </Text>
        <Text size="small" weight="plus" data-testid="purchase-total">
          {money(purchase.total)}
        </Text>
      </div>
      <ItemFormDrawer
        purchase={purchase}
        item={editing?.item ?? null}
        open={!!editing}
        onOpenChange={(open) => !open && setEditing(null)}
      />
      <StockItemDrawer
        purchase={purchase}
        item={stocking}
        onOpenChange={(open) => !open && setStocking(null)}
      />
    </Container>
  )
}

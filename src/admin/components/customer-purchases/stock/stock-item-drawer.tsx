import { Drawer, Input, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../../common/error-message"
import { FormField } from "../../common/form-field"
import { DrawerFooter, FormError } from "../../common/form-footer"
import { formatAmount } from "../../common/money"
import { useStockPurchaseItem } from "../../../hooks/customer-purchase-items"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"
import { useSalesChannels } from "../../../hooks/lookups"
import type { CustomerPurchase, PurchaseItem } from "../types"
import { StockLocationSelect } from "./stock-location-select"
import {
  type StockDraft,
  type StockErrors,
  stockDraftToBody,
  validateStockDraft,
} from "./stock-target"
import { StockTargetFields } from "./stock-target-fields"

type StockItemDrawerProps = {
  purchase: CustomerPurchase
  /** The item to stock; the drawer is open while one is given. */
  item: PurchaseItem | null
  onOpenChange: (open: boolean) => void
}

function initialDraft(item: PurchaseItem, locationId: string, salesChannelIds: string[]): StockDraft {
  return {
    location_id: locationId,
    mode: "new_product",
    variant: null,
    product: null,
    // A variant added under a product is named after the bought item; a new
    // product's only variant is "Default variant" as in core, and its
    // inventory item takes the product's title (the backend does both).
    variant_title: item.title,
    sku: item.serial_number ?? "",
    price: "",
    product_title: item.title,
    refurbishment_cost: "",
    sales_channel_ids: salesChannelIds,
  }
}

/** Puts a paid-out item into inventory at a stock location. */
export const StockItemDrawer = ({ purchase, item, onOpenChange }: StockItemDrawerProps) => {
  const { data: settings } = usePurchaseSettings()
  const stock = useStockPurchaseItem(purchase.id)
  const [draft, setDraft] = useState<StockDraft | null>(null)
  const [attempted, setAttempted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const defaultLocation = settings?.purchase_settings.default_location_id ?? ""
  const { data: channels } = useSalesChannels()
  // The settings' channels, else the store's default: what the backend does
  // when none are sent. Joined into a string so the effect below sees a change
  // of content, not of array identity.
  const defaultChannels = (
    settings?.purchase_settings.default_sales_channel_ids?.length
      ? settings.purchase_settings.default_sales_channel_ids
      : channels?.default_id
        ? [channels.default_id]
        : []
  ).join(",")
  const errors: StockErrors =
    attempted && draft ? validateStockDraft(draft, purchase.currency_code) : {}

  useEffect(() => {
    if (item) {
      setDraft(initialDraft(item, defaultLocation, defaultChannels ? defaultChannels.split(",") : []))
      setAttempted(false)
      setServerError(null)
    }
  }, [item, defaultLocation, defaultChannels])

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!item || !draft) return
    const found = validateStockDraft(draft, purchase.currency_code)
    setAttempted(true)
    if (Object.keys(found).length) return
    setServerError(null)
    stock.mutate(
      { itemId: item.id, ...stockDraftToBody(draft, purchase.currency_code) },
      {
        onSuccess: () => {
          toast.success(`${item.title} is in stock`)
          onOpenChange(false)
        },
        onError: (error) => setServerError(errorMessage(error)),
      },
    )
  }

  return (
    <Drawer open={!!item} onOpenChange={onOpenChange}>
      <Drawer.Content>
        {(!item || !draft) && (
          // Radix needs a title in every open dialog, also for the first
          // render before the form's state exists.
          <Drawer.Header>
            <Drawer.Title>Stock item</Drawer.Title>
          </Drawer.Header>
        )}
        {item && draft && (
          <form onSubmit={submit} noValidate className="flex h-full flex-col">
            <Drawer.Header>
              <Drawer.Title>Stock {item.title}</Drawer.Title>
              <Drawer.Description>
                Adds {item.quantity} to the stocked quantity. Paid{" "}
                {formatAmount(item.unit_price, purchase.currency_code)} per unit.
              </Drawer.Description>
            </Drawer.Header>
            <Drawer.Body className="flex flex-col gap-y-5 overflow-y-auto">
              <FormField label="Stock location" htmlFor="stock-location" error={errors.location_id}>
                <StockLocationSelect
                  id="stock-location"
                  value={draft.location_id}
                  onChange={(location_id) => setDraft((d) => d && { ...d, location_id })}
                />
              </FormField>
              <StockTargetFields
                draft={draft}
                errors={errors}
                currencyCode={purchase.currency_code}
                onChange={setDraft}
              />
              <FormField
                label={`Refurbishment cost per unit (${purchase.currency_code.toUpperCase()})`}
                htmlFor="stock-refurbishment-cost"
                optional
                error={errors.refurbishment_cost}
                hint="Added to the price paid to give the item's unit cost."
              >
                <Input
                  id="stock-refurbishment-cost"
                  size="small"
                  inputMode="decimal"
                  placeholder="0.00"
                  value={draft.refurbishment_cost}
                  onChange={(e) => setDraft({ ...draft, refurbishment_cost: e.target.value })}
                />
              </FormField>
              <FormError message={serverError} />
            </Drawer.Body>
            <DrawerFooter submitLabel="Stock item" isPending={stock.isPending} />
          </form>
        )}
      </Drawer.Content>
    </Drawer>
  )
}

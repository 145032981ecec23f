import { Drawer, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../../common/error-message"
import { FormField } from "../../common/form-field"
import { DrawerFooter, FormError } from "../../common/form-footer"
import { currencyDigits } from "../../common/money"
import { useAddPurchaseItems, useUpdatePurchaseItem } from "../../../hooks/customer-purchase-items"
import type { CustomerPurchase, PurchaseItem } from "../types"
import {
  type ItemDraftErrors,
  emptyItemDraft,
  itemDraftFrom,
  itemDraftToInput,
  validateItemDraft,
} from "./item-draft"
import { ItemDraftFields } from "./item-draft-fields"

type ItemFormDrawerProps = {
  purchase: CustomerPurchase
  /** The item to edit; none to add a new one. */
  item: PurchaseItem | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Adds an item to a draft purchase, or edits one. */
export const ItemFormDrawer = ({ purchase, item, open, onOpenChange }: ItemFormDrawerProps) => {
  const [draft, setDraft] = useState(emptyItemDraft)
  const [attempted, setAttempted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const add = useAddPurchaseItems(purchase.id)
  const edit = useUpdatePurchaseItem(purchase.id)
  const lockPrice = purchase.status !== "draft"
  const errors: ItemDraftErrors = attempted
    ? validateItemDraft(draft, currencyDigits(purchase.currency_code))
    : {}

  useEffect(() => {
    if (open) {
      setDraft(item ? itemDraftFrom(item) : emptyItemDraft())
      setAttempted(false)
      setServerError(null)
    }
  }, [open, item])

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const found = validateItemDraft(draft, currencyDigits(purchase.currency_code))
    setAttempted(true)
    if (Object.keys(found).length) return
    const input = itemDraftToInput(draft)
    const done = {
      onSuccess: () => {
        toast.success(item ? "Item saved" : "Item added")
        onOpenChange(false)
      },
      onError: (error: unknown) => setServerError(errorMessage(error)),
    }
    if (!item) {
      add.mutate([input], done)
      return
    }
    const { unit_price, quantity, ...rest } = input
    edit.mutate({ itemId: item.id, ...rest, ...(lockPrice ? {} : { unit_price, quantity }) }, done)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="md:max-w-[720px]">
        <form onSubmit={submit} noValidate className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{item ? `Edit ${item.title}` : "Add item"}</Drawer.Title>
            <Drawer.Description>
              {lockPrice
                ? "Price and quantity are fixed once the purchase is paid out."
                : `Prices in ${purchase.currency_code.toUpperCase()}, per unit.`}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <ItemDraftFields
              draft={draft}
              errors={errors}
              currencyCode={purchase.currency_code}
              onChange={setDraft}
              lockPrice={lockPrice}
              stacked
            />
            <FormField label="Item notes" htmlFor="item-notes" optional>
              <Textarea
                id="item-notes"
                rows={3}
                value={draft.notes}
                onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
              />
            </FormField>
            <FormError message={serverError} />
          </Drawer.Body>
          <DrawerFooter
            submitLabel={item ? "Save" : "Add item"}
            isPending={add.isPending || edit.isPending}
          />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

import { ArchiveBox, EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { DropdownMenu, IconButton, toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../../common/error-message"
import { useRemovePurchaseItem } from "../../../hooks/customer-purchase-items"
import { isFinalItemStatus } from "../item-status-labels"
import type { CustomerPurchase, PurchaseItem } from "../types"

type ItemRowActionsProps = {
  purchase: CustomerPurchase
  item: PurchaseItem
  onEdit: () => void
  onStock: () => void
}

/** Edit, remove (draft only) and stock (after payout) one item. */
export const ItemRowActions = ({ purchase, item, onEdit, onStock }: ItemRowActionsProps) => {
  const prompt = usePrompt()
  const remove = useRemovePurchaseItem(purchase.id)
  const isDraft = purchase.status === "draft"
  const canEdit = purchase.status !== "cancelled" && !isFinalItemStatus(item.status)
  const canStock = purchase.status === "paid" && !isFinalItemStatus(item.status)

  if (!canEdit && !isDraft && !canStock) {
    return null
  }

  const confirmRemove = async () => {
    const confirmed = await prompt({
      title: `Remove ${item.title}?`,
      description: "The item is removed from this draft purchase.",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(item.id, {
      onSuccess: () => toast.success(`${item.title} removed`),
      onError: (error) => toast.error(errorMessage(error)),
    })
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={`Actions for ${item.title}`}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {canStock && (
          <DropdownMenu.Item className="gap-x-2" onClick={onStock}>
            <ArchiveBox className="text-ui-fg-subtle" />
            Stock item
          </DropdownMenu.Item>
        )}
        {canEdit && (
          <DropdownMenu.Item className="gap-x-2" onClick={onEdit}>
            <PencilSquare className="text-ui-fg-subtle" />
            Edit
          </DropdownMenu.Item>
        )}
        {isDraft && (
          <>
            <DropdownMenu.Separator />
            <DropdownMenu.Item className="gap-x-2" onClick={confirmRemove}>
              <Trash className="text-ui-fg-subtle" />
              Remove
            </DropdownMenu.Item>
          </>
        )}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

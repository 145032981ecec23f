import { ArchiveBox, PencilSquare, Trash } from "@medusajs/icons"
import { toast, usePrompt } from "@medusajs/ui"
import { ActionMenu } from "../../common/action-menu"
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
    <ActionMenu
      label={`Actions for ${item.title}`}
      groups={[
        [
          ...(canStock ? [{ label: "Stock item", icon: <ArchiveBox />, onClick: onStock }] : []),
          ...(canEdit ? [{ label: "Edit", icon: <PencilSquare />, onClick: onEdit }] : []),
        ],
        isDraft ? [{ label: "Remove", icon: <Trash />, onClick: confirmRemove }] : [],
      ]}
    />
  )
}

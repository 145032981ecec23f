import { PencilSquare } from "@medusajs/icons"
import { Button, IconButton, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../common/error-message"
import { useUpdateCustomerPurchase } from "../../../hooks/customer-purchases"
import type { CustomerPurchase } from "../types"

/** The purchase's general notes, edited in place (not once cancelled). */
export const GeneralNotesEditor = ({ purchase }: { purchase: CustomerPurchase }) => {
  const [editing, setEditing] = useState(false)
  const [value, setValue] = useState(purchase.notes ?? "")
  const update = useUpdateCustomerPurchase(purchase.id)
  const editable = purchase.status !== "cancelled"

  const save = () =>
    update.mutate(
      { notes: value.trim() || null },
      {
        onSuccess: () => {
          toast.success("Notes saved")
          setEditing(false)
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    )

  if (!editing) {
    return (
      <div className="flex items-start justify-between gap-x-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            Notes
          </Text>
          <Text size="small" className="whitespace-pre-wrap">
            {purchase.notes || <span className="text-ui-fg-muted">No notes</span>}
          </Text>
        </div>
        {editable && (
          <IconButton
            size="small"
            variant="transparent"
            aria-label="Edit notes"
            onClick={() => {
              setValue(purchase.notes ?? "")
              setEditing(true)
            }}
          >
            <PencilSquare />
          </IconButton>
        )}
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        Notes
      </Text>
      <Textarea
        aria-label="General notes"
        rows={3}
        autoFocus
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" onClick={() => setEditing(false)}>
          Cancel
        </Button>
        <Button size="small" onClick={save} isLoading={update.isPending}>
          Save
        </Button>
      </div>
    </div>
  )
}

import { Button, Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../common/error-message"
import { FormError } from "../../common/form-footer"
import { useAddPurchaseNote } from "../../../hooks/customer-purchases"
import type { CustomerPurchase } from "../types"

const WHOLE_PURCHASE = "__purchase__"
const MAX_NOTE = 5000

/** Adds a note to the purchase or to one of its items (POST .../notes). */
export const AddNoteForm = ({ purchase }: { purchase: CustomerPurchase }) => {
  const [note, setNote] = useState("")
  const [target, setTarget] = useState(WHOLE_PURCHASE)
  const [error, setError] = useState<string | null>(null)
  const add = useAddPurchaseNote(purchase.id)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const text = note.trim()
    if (!text) {
      setError("Write a note first.")
      return
    }
    if (text.length > MAX_NOTE) {
      setError(`A note is at most ${MAX_NOTE} characters.`)
      return
    }
    setError(null)
    add.mutate(
      { note: text, item_id: target === WHOLE_PURCHASE ? null : target },
      {
        onSuccess: () => {
          setNote("")
          toast.success("Note added")
        },
        onError: (err) => setError(errorMessage(err)),
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-2">
      <Select size="small" value={target} onValueChange={setTarget}>
        {/* min-w-0 and truncation: a long item name must not push the
            trigger (or the list) wider than the side column. */}
        <Select.Trigger aria-label="Note about" className="w-full min-w-0">
          <Select.Value className="truncate" />
        </Select.Trigger>
        <Select.Content className="max-w-[min(440px,90vw)]">
          <Select.Item value={WHOLE_PURCHASE}>The whole purchase</Select.Item>
          {purchase.items.map((item) => (
            <Select.Item key={item.id} value={item.id} className="min-w-0">
              <span className="block truncate">
                {item.title}
                {item.serial_number ? ` (${item.serial_number})` : ""}
              </span>
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Textarea
        aria-label="Note"
        placeholder="Add a note, e.g. screen replaced, battery at 87%"
        rows={4}
        value={note}
        aria-invalid={!!error}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormError message={error} />
      <Button
        size="small"
        variant="secondary"
        type="submit"
        className="self-end"
        isLoading={add.isPending}
      >
        Add note
      </Button>
    </form>
  )
}

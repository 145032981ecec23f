import { Drawer, Input, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useUpdateItemDeposit } from "../../../hooks/item-deposits"
import { fromIsoDate, toIsoDate } from "../../common/dates"
import { errorMessage } from "../../common/error-message"
import { DrawerFooter, FormError } from "../../common/form-footer"
import { FormField } from "../../common/form-field"
import { SpecialOrderFields } from "../shared/special-order-fields"
import type { ItemDeposit } from "../types"

type Props = { deposit: ItemDeposit; open: boolean; onOpenChange: (open: boolean) => void }

/** Edit what stays editable while a deposit is active: special order, reference, notes. */
export const EditDepositDrawer = ({ deposit, open, onOpenChange }: Props) => {
  const update = useUpdateItemDeposit(deposit.id)
  const [specialOrder, setSpecialOrder] = useState(false)
  const [note, setNote] = useState("")
  const [expectedAt, setExpectedAt] = useState<Date | null>(null)
  const [reference, setReference] = useState("")
  const [notes, setNotes] = useState("")
  const [serverError, setServerError] = useState<string | null>(null)

  // Filled when the drawer opens; a background refetch must not wipe the edits.
  useEffect(() => {
    if (open) {
      setSpecialOrder(deposit.special_order)
      setNote(deposit.special_order_note ?? "")
      setExpectedAt(fromIsoDate(deposit.expected_at))
      setReference(deposit.payment_reference ?? "")
      setNotes(deposit.notes ?? "")
      setServerError(null)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const invalidDate = !!expectedAt && Number.isNaN(expectedAt.getTime())

  const submit = () => {
    setServerError(null)
    if (invalidDate) return
    update.mutate(
      {
        special_order: specialOrder,
        special_order_note: specialOrder ? note.trim() || null : null,
        expected_at: specialOrder && expectedAt ? toIsoDate(expectedAt) : null,
        payment_reference: reference.trim() || null,
        notes: notes.trim() || null,
      },
      {
        onSuccess: () => {
          toast.success(`Deposit ${deposit.number} updated`)
          onOpenChange(false)
        },
        onError: (error) => {
          const message = errorMessage(error, "The deposit could not be updated.")
          setServerError(message)
          toast.error(message)
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !update.isPending && onOpenChange(next)}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Edit deposit</Drawer.Title>
          <Drawer.Description className="sr-only">Edit the deposit's details</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <SpecialOrderFields
            specialOrder={specialOrder}
            note={note}
            expectedAt={expectedAt}
            errors={{ expected_at: invalidDate ? "Enter a valid date." : undefined }}
            onChange={(changes) => {
              if (changes.special_order !== undefined) setSpecialOrder(changes.special_order)
              if (changes.special_order_note !== undefined) setNote(changes.special_order_note)
              if (changes.expected_at !== undefined) setExpectedAt(changes.expected_at)
            }}
          />
          <FormField htmlFor="edit_payment_reference" label="Payment reference" optional>
            <Input
              id="edit_payment_reference"
              value={reference}
              onChange={(event) => setReference(event.target.value)}
            />
          </FormField>
          <FormField htmlFor="edit_notes" label="Internal notes" optional>
            <Textarea id="edit_notes" value={notes} onChange={(event) => setNotes(event.target.value)} />
          </FormField>
          <FormError message={serverError} />
        </Drawer.Body>
        <DrawerFooter submitLabel="Save" onSubmit={submit} isPending={update.isPending} />
      </Drawer.Content>
    </Drawer>
  )
}

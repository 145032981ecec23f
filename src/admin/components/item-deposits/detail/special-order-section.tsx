import { PencilSquare } from "@medusajs/icons"
import { Container, Heading, IconButton } from "@medusajs/ui"
import { useState } from "react"
import { formatDay } from "../../common/dates"
import { SectionRow } from "../../common/section-row"
import type { ItemDeposit } from "../types"
import { EditDepositDrawer } from "./edit-deposit-drawer"

/** Whether the item has to be ordered, with the note and the expected date. */
export const SpecialOrderSection = ({ deposit }: { deposit: ItemDeposit }) => {
  const [editing, setEditing] = useState(false)
  const editable = deposit.status === "active"
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Special order</Heading>
        {editable && (
          <IconButton size="small" variant="transparent" aria-label="Edit special order" onClick={() => setEditing(true)}>
            <PencilSquare />
          </IconButton>
        )}
      </div>
      <SectionRow title="To order" value={deposit.special_order ? "Yes" : "No"} />
      {deposit.special_order && (
        <>
          <SectionRow title="Note" value={deposit.special_order_note || "-"} />
          <SectionRow title="Expected" value={formatDay(deposit.expected_at)} />
        </>
      )}
      {editable && <EditDepositDrawer deposit={deposit} open={editing} onOpenChange={setEditing} />}
    </Container>
  )
}

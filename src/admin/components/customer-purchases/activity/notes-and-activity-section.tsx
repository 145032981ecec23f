import { Container, Heading, Text } from "@medusajs/ui"
import type { CustomerPurchase } from "../types"
import { ActivityLog } from "./activity-log"
import { AddNoteForm } from "./add-note-form"

/** Notes box with the (append-only) activity log beside it. */
export const NotesAndActivitySection = ({ purchase }: { purchase: CustomerPurchase }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Notes and activity</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Every note, stage change, payout and stocking is kept; entries cannot be edited.
      </Text>
    </div>
    <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <AddNoteForm purchase={purchase} />
      <ActivityLog purchase={purchase} />
    </div>
  </Container>
)

import { StatusBadge } from "@medusajs/ui"
import { STATUS_COLORS, STATUS_LABELS } from "../format"
import type { ItemDepositStatus } from "../types"

export const DepositStatusBadge = ({ status }: { status: ItemDepositStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"} className="text-nowrap">
    {STATUS_LABELS[status] ?? status}
  </StatusBadge>
)

import { Badge, Tooltip } from "@medusajs/ui"
import { formatDay } from "../../common/dates"

type Props = { expectedAt?: string | null; note?: string | null }

/** "Special order" with the expected date, the note as a tooltip. */
export const SpecialOrderBadge = ({ expectedAt, note }: Props) => {
  const badge = (
    <Badge size="2xsmall" color="orange" className="text-nowrap">
      Special order{expectedAt ? ` · ${formatDay(expectedAt)}` : ""}
    </Badge>
  )
  return note ? <Tooltip content={note}>{badge}</Tooltip> : badge
}

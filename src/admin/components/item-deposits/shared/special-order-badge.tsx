import { Badge, Tooltip } from "@medusajs/ui"
import { formatDay } from "../../common/dates"

type Props = {
  expectedAt?: string | null
  note?: string | null
  /** Just "Special order" (the date joins the note's tooltip): for narrow tables. */
  compact?: boolean
}

/** "Special order" with the expected date, the note as a tooltip. */
export const SpecialOrderBadge = ({ expectedAt, note, compact = false }: Props) => {
  const date = expectedAt ? formatDay(expectedAt) : null
  const badge = (
    <Badge size="2xsmall" color="orange" className="text-nowrap">
      Special order{date && !compact ? ` · ${date}` : ""}
    </Badge>
  )
  const tooltip = [compact && date ? `Expected ${date}` : null, note].filter(Boolean).join(" · ")
  return tooltip ? <Tooltip content={tooltip}>{badge}</Tooltip> : badge
}

import { Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionRowProps = { title: string; value?: ReactNode; actions?: ReactNode }

/** One "label · value" row of a details section, laid out like the dashboard's. */
export const SectionRow = ({ title, value, actions }: SectionRowProps) => {
  const empty = value === null || value === undefined || value === ""
  const isText = empty || typeof value === "string" || typeof value === "number"
  return (
    <div
      className={clx("text-ui-fg-subtle grid w-full grid-cols-2 items-center gap-4 px-6 py-4", {
        "grid-cols-[1fr_1fr_28px]": !!actions,
      })}
    >
      <Text size="small" weight="plus" leading="compact">
        {title}
      </Text>
      {isText ? (
        <Text size="small" leading="compact" className="whitespace-pre-line text-pretty break-words">
          {empty ? "-" : value}
        </Text>
      ) : (
        <div className="txt-compact-small flex min-w-0 flex-wrap items-center gap-1">{value}</div>
      )}
      {actions && <div>{actions}</div>}
    </div>
  )
}

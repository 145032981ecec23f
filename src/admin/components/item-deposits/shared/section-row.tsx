import { Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { title: string; value?: ReactNode; actions?: ReactNode }

/** A label / value row, laid out like the dashboard's detail sections. */
export const SectionRow = ({ title, value, actions }: Props) => {
  const isText = typeof value === "string" || typeof value === "number" || !value
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
        <Text size="small" leading="compact" className="whitespace-pre-line text-pretty">
          {value ?? "-"}
        </Text>
      ) : (
        <div className="flex flex-wrap items-center gap-1">{value}</div>
      )}
      {actions && <div>{actions}</div>}
    </div>
  )
}

import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type KeyValueRowProps = { label: string; value: ReactNode }

/** One "Label · value" row of a details section. */
export const KeyValueRow = ({ label, value }: KeyValueRowProps) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-small text-ui-fg-base min-w-0 break-words">
      {value === null || value === undefined || value === "" ? "-" : value}
    </div>
  </div>
)

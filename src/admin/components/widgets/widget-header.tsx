import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { title: string; subtitle?: ReactNode; actions?: ReactNode }

/** A widget's heading row, like the dashboard's section headers. */
export const WidgetHeader = ({ title, subtitle, actions }: Props) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level="h2">{title}</Heading>
      {subtitle && (
        <Text size="small" className="text-ui-fg-subtle">
          {subtitle}
        </Text>
      )}
    </div>
    {actions && <div className="flex items-center gap-x-2">{actions}</div>}
  </div>
)

import { ExclamationCircle } from "@medusajs/icons"
import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type EmptyStateProps = {
  heading: string
  description?: ReactNode
  icon?: ReactNode
  action?: ReactNode
}

/** The centred "nothing here yet" block used inside containers. */
export const EmptyState = ({ heading, description, icon, action }: EmptyStateProps) => (
  <div className="flex flex-col items-center justify-center gap-y-3 px-6 py-12 text-center">
    <div className="text-ui-fg-subtle">{icon ?? <ExclamationCircle />}</div>
    <div className="flex flex-col items-center gap-y-1">
      <Heading level="h3">{heading}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle max-w-[420px]">
          {description}
        </Text>
      )}
    </div>
    {action}
  </div>
)

import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SettingsSectionProps = {
  title: string
  description?: ReactNode
  action?: ReactNode
  children: ReactNode
}

/** A titled container of the purchase settings page. */
export const SettingsSection = ({ title, description, action, children }: SettingsSectionProps) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div>
        <Heading level="h2">{title}</Heading>
        {description && (
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        )}
      </div>
      {action}
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)

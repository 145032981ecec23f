import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionHeaderProps = {
  title: string
  description?: ReactNode
  /** Buttons on the right. */
  actions?: ReactNode
}

/** A section's heading row, like the dashboard's section headers. */
export const SectionHeader = ({ title, description, actions }: SectionHeaderProps) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div>
      <Heading level="h2">{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex shrink-0 items-center gap-x-2">{actions}</div>}
  </div>
)

/** A titled container with a padded body (settings, create forms). */
export const Section = ({ children, ...header }: SectionHeaderProps & { children: ReactNode }) => (
  <Container className="divide-y p-0">
    <SectionHeader {...header} />
    <div className="px-6 py-4">{children}</div>
  </Container>
)

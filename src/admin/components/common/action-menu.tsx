import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

export type MenuAction = {
  label: string
  icon: ReactNode
  onClick: () => void
  disabled?: boolean
}

type ActionMenuProps = {
  groups: MenuAction[][]
  /** The "…" button's accessible name. */
  label?: string
}

/** The dashboard's "…" menu: groups of actions separated by a line. */
export const ActionMenu = ({ groups, label = "Actions" }: ActionMenuProps) => {
  const visible = groups.filter((group) => group.length)
  if (!visible.length) {
    return null
  }
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={label}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {visible.map((group, index) => (
          <div key={index}>
            {index > 0 && <DropdownMenu.Separator />}
            {group.map((action) => (
              <DropdownMenu.Item
                key={action.label}
                disabled={action.disabled}
                onClick={(event) => {
                  event.stopPropagation()
                  action.onClick()
                }}
                className="[&_svg]:text-ui-fg-subtle flex items-center gap-x-2"
              >
                {action.icon}
                <span>{action.label}</span>
              </DropdownMenu.Item>
            ))}
          </div>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

import { ChevronUpDown, XMarkMini } from "@medusajs/icons"
import { Popover, clx } from "@medusajs/ui"
import { useState, type ComponentProps } from "react"
import { SearchList, type SearchOption } from "./search-list"

type Props = Omit<ComponentProps<typeof SearchList>, "onSelect" | "autoFocus"> & {
  id?: string
  placeholder: string
  selectedLabel?: string
  invalid?: boolean
  onChange: (option: SearchOption | undefined) => void
}

/** A select whose options come from a server search (customers, variants). */
export const SearchSelect = ({ id, placeholder, selectedLabel, invalid, onChange, ...list }: Props) => {
  const [open, setOpen] = useState(false)
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <div className="relative">
        <Popover.Trigger asChild>
          <button
            id={id}
            type="button"
            aria-invalid={invalid || undefined}
            className={clx(
              "bg-ui-bg-field shadow-borders-base txt-compact-small hover:bg-ui-bg-field-hover flex h-8 w-full items-center justify-between rounded-md px-2 pr-8 text-left outline-none",
              "focus-visible:shadow-borders-interactive-with-active",
              { "shadow-borders-error": invalid, "text-ui-fg-muted": !selectedLabel }
            )}
          >
            <span className="truncate">{selectedLabel || placeholder}</span>
          </button>
        </Popover.Trigger>
        <span className="text-ui-fg-muted absolute right-2 top-1/2 flex -translate-y-1/2 items-center">
          {selectedLabel ? (
            <button type="button" aria-label="Clear" onClick={() => onChange(undefined)}>
              <XMarkMini />
            </button>
          ) : (
            <ChevronUpDown className="pointer-events-none" />
          )}
        </span>
      </div>
      <Popover.Content align="start" className="p-0">
        <SearchList
          {...list}
          autoFocus
          onSelect={(option) => {
            onChange(option)
            setOpen(false)
          }}
        />
      </Popover.Content>
    </Popover>
  )
}

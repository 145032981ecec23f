import { CheckMini, MagnifyingGlass } from "@medusajs/icons"
import { Text, clx } from "@medusajs/ui"
import { errorMessage } from "./error-message"

export type SearchOption = { value: string; label: string; description?: string }

type SearchListProps = {
  search: string
  onSearchChange: (search: string) => void
  searchPlaceholder: string
  /** The search box's accessible name (default: the placeholder). */
  label?: string
  /** The result list's accessible name. */
  listLabel?: string
  options: SearchOption[]
  /** The option shown as chosen (a check mark). */
  value?: string
  isLoading?: boolean
  error?: unknown
  emptyMessage?: string
  onSelect: (option: SearchOption) => void
  autoFocus?: boolean
  /** "search" for a standalone search box (role searchbox). */
  inputType?: "search"
  className?: string
}

/**
 * A search box with its results underneath; Enter picks the first result.
 * Used in popovers (deposits' customer and variant pickers and filters) and
 * inline (SearchPicker).
 */
export const SearchList = ({
  search,
  onSearchChange,
  searchPlaceholder,
  label = searchPlaceholder,
  listLabel,
  options,
  value,
  isLoading,
  error,
  emptyMessage = "No results",
  onSelect,
  autoFocus,
  inputType,
  className,
}: SearchListProps) => (
  <div className={clx("flex w-[320px] flex-col", className)}>
    <div className="flex items-center gap-x-2 border-b px-3 py-2">
      <MagnifyingGlass className="text-ui-fg-muted shrink-0" />
      <input
        type={inputType}
        autoFocus={autoFocus}
        aria-label={label}
        className="txt-compact-small text-ui-fg-base placeholder:text-ui-fg-muted w-full bg-transparent outline-none"
        placeholder={searchPlaceholder}
        value={search}
        onChange={(event) => onSearchChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault()
            if (options[0]) {
              onSelect(options[0])
            }
          }
        }}
      />
    </div>
    <div role="listbox" aria-label={listLabel} className="max-h-[260px] overflow-y-auto p-1">
      {error ? (
        <Text size="small" className="text-ui-fg-error px-2 py-1.5">
          {errorMessage(error)}
        </Text>
      ) : isLoading && !options.length ? (
        <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
          Searching…
        </Text>
      ) : !options.length ? (
        <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
          {emptyMessage}
        </Text>
      ) : (
        options.map((option) => (
          <button
            type="button"
            role="option"
            aria-selected={option.value === value}
            key={option.value}
            onClick={() => onSelect(option)}
            className="hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover flex w-full items-center gap-x-2 rounded-md px-2 py-1.5 text-left outline-none"
          >
            <span className="flex size-4 shrink-0 items-center justify-center">
              {option.value === value && <CheckMini />}
            </span>
            <OptionText option={option} />
          </button>
        ))
      )}
    </div>
  </div>
)

/** An option's label with its description underneath. */
export const OptionText = ({ option }: { option: SearchOption }) => (
  <span className="flex min-w-0 flex-col">
    <span className="txt-compact-small text-ui-fg-base truncate">{option.label}</span>
    {option.description && (
      <span className="txt-compact-xsmall text-ui-fg-muted truncate">{option.description}</span>
    )}
  </span>
)

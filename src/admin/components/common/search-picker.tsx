import { Button, Input, Text, clx } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "./error-message"
import { useDebouncedValue } from "./use-debounced-value"

export type PickerOption = { id: string; title: string; subtitle?: string }

type SearchPickerProps<T> = {
  label: string
  placeholder: string
  selected: T | null
  onSelect: (value: T | null) => void
  describe: (value: T) => PickerOption
  /** Runs the search for the debounced term (a hook: called on every render). */
  useResults: (q: string) => { results: T[]; isLoading: boolean; error: unknown }
}

/** A search box with a short result list; shows the pick once chosen. */
export function SearchPicker<T>({
  label,
  placeholder,
  selected,
  onSelect,
  describe,
  useResults,
}: SearchPickerProps<T>) {
  const [term, setTerm] = useState("")
  const q = useDebouncedValue(term.trim(), 300)
  const { results, isLoading, error } = useResults(q)

  if (selected) {
    const option = describe(selected)
    return (
      <div className="shadow-borders-base flex items-center justify-between rounded-lg px-3 py-2">
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {option.title}
          </Text>
          {option.subtitle && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {option.subtitle}
            </Text>
          )}
        </div>
        <Button size="small" variant="secondary" type="button" onClick={() => onSelect(null)}>
          Change
        </Button>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        type="search"
        size="small"
        aria-label={label}
        placeholder={placeholder}
        value={term}
        onChange={(e) => setTerm(e.target.value)}
      />
      <div
        role="listbox"
        aria-label={label}
        className="shadow-borders-base flex max-h-56 flex-col overflow-y-auto rounded-lg"
      >
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2">
            Searching…
          </Text>
        )}
        {!!error && (
          <Text size="small" className="text-ui-fg-error px-3 py-2">
            {errorMessage(error)}
          </Text>
        )}
        {!isLoading && !error && results.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-3 py-2">
            Nothing found.
          </Text>
        )}
        {results.map((result) => {
          const option = describe(result)
          return (
            <button
              key={option.id}
              type="button"
              role="option"
              aria-selected={false}
              onClick={() => onSelect(result)}
              className={clx(
                "hover:bg-ui-bg-base-hover flex flex-col items-start px-3 py-2 text-left",
                "border-ui-border-base border-b last:border-b-0",
              )}
            >
              <Text size="small" weight="plus">
                {option.title}
              </Text>
              {option.subtitle && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {option.subtitle}
                </Text>
              )}
            </button>
          )
        })}
      </div>
    </div>
  )
}

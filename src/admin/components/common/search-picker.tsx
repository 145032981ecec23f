import { Button } from "@medusajs/ui"
import { OptionText, SearchList, type SearchOption } from "./search-list"
import { useDebouncedSearch } from "./use-debounced-value"

type SearchPickerProps<T> = {
  /** The search box's accessible name. */
  label: string
  /** The result list's accessible name (default: `label`). */
  listLabel?: string
  placeholder: string
  selected: T | null
  onSelect: (value: T | null) => void
  /** A result as an option; `value` must identify it. */
  describe: (value: T) => SearchOption
  /** Runs the search for the debounced term (a hook: called on every render). */
  useResults: (q: string) => { results: T[]; isLoading: boolean; error: unknown }
  emptyMessage?: string
}

/** An inline search box with a short result list; shows the pick once chosen. */
export function SearchPicker<T>({
  label,
  listLabel = label,
  placeholder,
  selected,
  onSelect,
  describe,
  useResults,
  emptyMessage = "Nothing found.",
}: SearchPickerProps<T>) {
  const { search, setSearch, results, isLoading, error } = useDebouncedSearch(useResults)

  if (selected) {
    return (
      <div className="shadow-borders-base flex items-center justify-between gap-x-2 rounded-lg px-3 py-2">
        <OptionText option={describe(selected)} />
        <Button size="small" variant="secondary" type="button" onClick={() => onSelect(null)}>
          Change
        </Button>
      </div>
    )
  }

  const options = results.map(describe)
  return (
    <div className="shadow-borders-base overflow-hidden rounded-lg">
      <SearchList
        className="w-full"
        inputType="search"
        label={label}
        listLabel={listLabel}
        searchPlaceholder={placeholder}
        search={search}
        onSearchChange={setSearch}
        options={options}
        isLoading={isLoading}
        error={error}
        emptyMessage={emptyMessage}
        onSelect={(option) => {
          const result = results[options.indexOf(option)]
          if (result !== undefined) onSelect(result)
        }}
      />
    </div>
  )
}

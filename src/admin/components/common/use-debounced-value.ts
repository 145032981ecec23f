import { useEffect, useState } from "react"

/** `value`, updated only once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return debounced
}

/**
 * A search box's state: what was typed, and `useResults` run for it once
 * typing pauses (trimmed). `useResults` is a hook: called on every render.
 */
export function useDebouncedSearch<TResults extends object>(
  useResults: (q: string) => TResults,
  delayMs = 300,
) {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim(), delayMs)
  return { search, setSearch, ...useResults(q) }
}

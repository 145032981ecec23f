import { Checkbox, Label, Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../../common/error-message"
import { useSalesChannels } from "../../../hooks/lookups"

type SalesChannelCheckboxesProps = {
  /** Prefix of the checkboxes' ids (two lists can share a page). */
  idPrefix: string
  value: string[]
  onChange: (ids: string[]) => void
}

/**
 * The store's sales channels as checkboxes: a shop has a handful, and every
 * choice stays visible (which storefronts will show the product).
 */
export const SalesChannelCheckboxes = ({ idPrefix, value, onChange }: SalesChannelCheckboxesProps) => {
  const { data, isLoading, isError, error } = useSalesChannels()
  if (isLoading) return <Skeleton className="h-8 w-full" />
  if (isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {errorMessage(error)}
      </Text>
    )
  }
  const channels = data?.sales_channels ?? []
  if (!channels.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No sales channel exists yet. Create one in Settings &gt; Sales Channels.
      </Text>
    )
  }
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value, id] : value.filter((v) => v !== id))
  return (
    <div className="flex flex-col gap-y-2" role="group" aria-label="Sales channels">
      {channels.map((channel) => (
        <div key={channel.id} className="flex items-center gap-x-2">
          <Checkbox
            id={`${idPrefix}-${channel.id}`}
            checked={value.includes(channel.id)}
            onCheckedChange={(checked) => toggle(channel.id, checked === true)}
          />
          <Label htmlFor={`${idPrefix}-${channel.id}`} size="small">
            {channel.name}
            {channel.id === data?.default_id && (
              <span className="text-ui-fg-subtle"> (store default)</span>
            )}
            {channel.is_disabled && <span className="text-ui-fg-subtle"> (disabled)</span>}
          </Label>
        </div>
      ))}
    </div>
  )
}

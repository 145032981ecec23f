import { Text } from "@medusajs/ui"
import { formatDateTime } from "../../common/dates"
import { ErrorState } from "../../common/error-state"
import { SectionSkeleton } from "../../common/section-skeleton"
import { usePurchaseActivity } from "../../../hooks/customer-purchases"
import { useAdminUsers } from "../../../hooks/purchase-lookups"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"
import type { CustomerPurchase } from "../types"
import { activityTitle, activityTransition } from "./activity-entry-text"

/** The purchase's append-only history, newest first: who, when, from → to, note. */
export const ActivityLog = ({ purchase }: { purchase: CustomerPurchase }) => {
  const { data, isLoading, isError, error, refetch } = usePurchaseActivity(purchase.id)
  const { data: settings } = usePurchaseSettings()
  const entries = data?.activity ?? []
  const { data: users } = useAdminUsers(entries.map((e) => e.actor_id ?? ""))
  const stages = settings?.purchase_settings.stages
  const itemTitles = new Map(purchase.items.map((item) => [item.id, item.title]))

  const actorName = (actorId: string | null) => {
    if (!actorId) return "System"
    const user = users?.users.find((u) => u.id === actorId)
    if (!user) return actorId
    return [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
  }

  if (isLoading) return <SectionSkeleton withContainer={false} />
  if (isError)
    return (
      <ErrorState error={error} onRetry={() => refetch()} title="Could not load the activity" />
    )
  if (!entries.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No activity yet.
      </Text>
    )
  }

  return (
    <ol className="flex flex-col gap-y-4" aria-label="Activity log">
      {entries.map((entry) => {
        const transition = activityTransition(entry, stages)
        const itemTitle = entry.item_id ? (itemTitles.get(entry.item_id) ?? "Removed item") : null
        return (
          <li key={entry.id} className="flex gap-x-3">
            <div className="bg-ui-tag-neutral-icon mt-1.5 size-2 shrink-0 rounded-full" />
            <div className="flex min-w-0 flex-col gap-y-0.5">
              <Text size="small" weight="plus">
                {activityTitle(entry)}
                {itemTitle && <span className="text-ui-fg-subtle font-normal"> · {itemTitle}</span>}
              </Text>
              {transition && (
                <Text size="small" className="text-ui-fg-subtle">
                  {transition}
                </Text>
              )}
              {entry.note && (
                <Text size="small" className="whitespace-pre-wrap break-words">
                  {entry.note}
                </Text>
              )}
              <Text size="xsmall" className="text-ui-fg-muted">
                {actorName(entry.actor_id)} · {formatDateTime(entry.created_at)}
              </Text>
            </div>
          </li>
        )
      })}
    </ol>
  )
}

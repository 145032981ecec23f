import { Badge, Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Section } from "../common/section"
import { errorMessage } from "../common/error-message"
import { formatDate, formatDateTime } from "../common/dates"
import { ReasonPrompt } from "../common/reason-prompt"
import { useLegalHold, usePoliceHold, usePurchaseHolds, useSerialCheck, type PurchaseHold } from "../../hooks/compliance"
import type { CustomerPurchase, PurchaseItem } from "../customer-purchases/types"

type PromptState = { kind: "police_on" | "police_off"; itemId: string } | { kind: "legal_on" | "legal_off" } | null

const HoldLine = ({ hold, title, onPolice }: { hold: PurchaseHold; title: string; onPolice: (on: boolean) => void }) => (
  <div className="flex items-center justify-between gap-x-3" data-testid="hold-line">
    <div className="flex flex-col">
      <Text size="small" weight="plus">{title}</Text>
      <Text size="small" className="text-ui-fg-subtle">
        {hold.status === "released"
          ? `Hold released ${hold.released_at ? formatDateTime(hold.released_at) : ""}`
          : hold.police_hold
            ? `Police hold: ${hold.police_reason ?? ""} (release date ${formatDate(hold.release_at)} suspended)`
            : `Not sellable until ${formatDateTime(hold.release_at)} (${hold.days} day hold)`}
      </Text>
    </div>
    {hold.status === "active" && (
      <div className="flex items-center gap-x-2">
        <Badge size="2xsmall" color={hold.police_hold ? "red" : "orange"}>{hold.police_hold ? "Police hold" : "On hold"}</Badge>
        <Button size="small" variant="secondary" onClick={() => onPolice(!hold.police_hold)}>
          {hold.police_hold ? "Lift police hold" : "Police hold"}
        </Button>
      </div>
    )}
  </div>
)

/** One serial's history and block status, from the serial check route. */
const SerialWarning = ({ item, purchaseId }: { item: PurchaseItem; purchaseId: string }) => {
  const { data } = useSerialCheck(item.serial_number ?? "")
  const earlier = (data?.bought_before ?? []).filter((b) => b.purchase_id !== purchaseId)
  if (!data || (!earlier.length && !data.blocked)) {
    return null
  }
  return (
    <div className="flex flex-col" data-testid="serial-warning">
      <Text size="small" weight="plus">{item.title} · {item.serial_number}</Text>
      {data.blocked && (
        <Text size="small" className="text-ui-fg-error">
          On the blocked list: {data.blocked.reason}{data.blocked.reference ? ` (${data.blocked.reference})` : ""}
        </Text>
      )}
      {earlier.map((b) => (
        <Text key={b.purchase_id} size="small" className="text-ui-fg-subtle">
          Bought before in <Link className="text-ui-fg-interactive" to={`/customer-purchases/${b.purchase_id}`}>{b.number}</Link> on {formatDate(b.bought_at)} ({b.status})
        </Text>
      ))}
    </div>
  )
}

/** Holds, serial warnings and the legal hold of one purchase (README "Compliance"). */
export const PurchaseComplianceSection = ({ purchase }: { purchase: CustomerPurchase }) => {
  const { data } = usePurchaseHolds(purchase.id)
  const police = usePoliceHold(purchase.id)
  const legal = useLegalHold(purchase.id)
  const [prompt, setPrompt] = useState<PromptState>(null)
  const holds = data?.holds ?? []
  const serialItems = purchase.items.filter((item) => item.serial_number)
  const pending = police.isPending || legal.isPending
  const error = (police.error ?? legal.error) ? errorMessage(police.error ?? legal.error) : null

  const confirm = (reason: string) => {
    if (!prompt) return
    const done = { onSuccess: () => { setPrompt(null); toast.success("Saved") } }
    if (prompt.kind === "police_on" || prompt.kind === "police_off") {
      police.mutate({ itemId: prompt.itemId, on: prompt.kind === "police_on", reason }, done)
    } else {
      legal.mutate({ on: prompt.kind === "legal_on", ...(reason && { reason }) }, done)
    }
  }

  return (
    <Section
      title="Compliance"
      description={purchase.legal_hold ? `Legal hold: ${purchase.legal_hold_reason ?? ""}` : "Hold periods, serial checks and retention."}
      actions={
        <Button size="small" variant="secondary" onClick={() => setPrompt({ kind: purchase.legal_hold ? "legal_off" : "legal_on" })}>
          {purchase.legal_hold ? "Clear legal hold" : "Legal hold"}
        </Button>
      }
    >
      <div className="flex flex-col gap-y-4">
        {holds.length ? (
          holds.map((hold) => (
            <HoldLine
              key={hold.id}
              hold={hold}
              title={purchase.items.find((i) => i.id === hold.item_id)?.title ?? hold.item_id}
              onPolice={(on) => setPrompt({ kind: on ? "police_on" : "police_off", itemId: hold.item_id })}
            />
          ))
        ) : (
          <Text size="small" className="text-ui-fg-subtle">No item of this purchase is under a hold period.</Text>
        )}
        {serialItems.map((item) => <SerialWarning key={item.id} item={item} purchaseId={purchase.id} />)}
        {(purchase.id_number_purged_at || purchase.id_images_purged_at) && (
          <Text size="small" className="text-ui-fg-subtle">
            Retention: {purchase.id_number_purged_at && `ID number purged ${formatDate(purchase.id_number_purged_at)}. `}
            {purchase.id_images_purged_at && `ID images purged ${formatDate(purchase.id_images_purged_at)}.`}
          </Text>
        )}
      </div>
      <ReasonPrompt
        open={!!prompt}
        onOpenChange={(open) => !open && setPrompt(null)}
        title={
          prompt?.kind === "police_on" ? "Place a police hold" : prompt?.kind === "police_off" ? "Lift the police hold"
            : prompt?.kind === "legal_on" ? "Place a legal hold" : "Clear the legal hold"
        }
        description={
          prompt?.kind === "police_on"
            ? "The item stays reserved (not sellable) until the police hold is lifted."
            : prompt?.kind === "legal_on"
              ? "The retention purge will skip this purchase while the hold lasts."
              : "The change is logged in the purchase's activity."
        }
        confirmLabel="Confirm"
        variant="confirmation"
        reasonRequired={prompt?.kind === "police_on" || prompt?.kind === "legal_on"}
        isPending={pending}
        error={error}
        onConfirm={confirm}
      />
    </Section>
  )
}

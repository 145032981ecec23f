import { Drawer, Text, clx } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { ErrorState } from "../../common/error-state"
import { DrawerFooter, FormError } from "../../common/form-footer"
import { AddRowButton } from "../../common/list-editing"
import { errorMessage } from "../../common/error-message"
import { SectionSkeleton } from "../../common/section-skeleton"
import { formatAmount, fromMinorUnits } from "../../common/money"
import { usePayOutPurchase } from "../../../hooks/customer-purchases"
import { usePurchaseSettings } from "../../../hooks/purchase-settings"
import type { CustomerPurchase } from "../types"
import {
  type PayoutLineDraft,
  allocatePayout,
  newPayoutLine,
  payoutLinesToBody,
} from "./payout-allocation"
import { PayoutLineRow } from "./payout-line-row"
import { StoreCreditBalance } from "./store-credit-balance"

type PayoutDrawerProps = {
  purchase: CustomerPurchase
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Pays the seller: the total split across the enabled payout methods. */
export const PayoutDrawer = ({ purchase, open, onOpenChange }: PayoutDrawerProps) => {
  const settings = usePurchaseSettings()
  const payOut = usePayOutPurchase(purchase.id)
  const methods = useMemo(
    () => (settings.data?.purchase_settings.payout_methods ?? []).filter((m) => m.enabled),
    [settings.data],
  )
  const [lines, setLines] = useState<PayoutLineDraft[]>([])
  const [serverError, setServerError] = useState<string | null>(null)

  // Start each opening with the whole total on the first enabled method.
  useEffect(() => {
    if (open && methods.length) {
      setLines([newPayoutLine(methods[0].id, String(purchase.total))])
      setServerError(null)
    }
  }, [open, methods, purchase.total])

  const allocation = allocatePayout(purchase.total, purchase.currency_code, lines)
  const usedMethodIds = lines.map((l) => l.method_id)
  const hasStoreCredit = methods.some((m) => m.type === "store_credit")
  const remainingText = formatAmount(
    fromMinorUnits(allocation.remaining, allocation.digits),
    purchase.currency_code,
  )

  const submit = () => {
    if (!allocation.canSubmit) return
    setServerError(null)
    // The "paid out" toast comes from the hook: it shows even if this drawer
    // is gone by the time the response lands.
    payOut.mutate(payoutLinesToBody(lines), {
      onSuccess: () => onOpenChange(false),
      onError: (error) => setServerError(errorMessage(error)),
    })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Pay out {purchase.number}</Drawer.Title>
          <Drawer.Description>
            Split {formatAmount(purchase.total, purchase.currency_code)} across payout methods.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {settings.isLoading && <SectionSkeleton withContainer={false} />}
          {settings.isError && (
            <ErrorState error={settings.error} title="Could not load payout methods" />
          )}
          {settings.data && methods.length === 0 && (
            <Text size="small" className="text-ui-fg-error">
              No payout method is enabled. Enable one in Settings &gt; Customer purchases.
            </Text>
          )}
          {lines.map((line, index) => (
            <PayoutLineRow
              key={line.key}
              index={index}
              line={line}
              error={allocation.lineErrors[index]}
              methods={methods}
              usedMethodIds={usedMethodIds}
              remaining={allocation.remaining}
              digits={allocation.digits}
              canRemove={lines.length > 1}
              onChange={(next) => setLines(lines.map((l) => (l.key === line.key ? next : l)))}
              onRemove={() => setLines(lines.filter((l) => l.key !== line.key))}
            />
          ))}
          {methods.length > lines.length && (
            <AddRowButton
              className="self-start"
              onClick={() => {
                const unused = methods.find((m) => !usedMethodIds.includes(m.id))
                setLines([...lines, newPayoutLine(unused?.id ?? "")])
              }}
            >
              Add method
            </AddRowButton>
          )}
          <div className="flex items-center justify-between border-t pt-4" aria-live="polite">
            <Text size="small" weight="plus">
              Remaining to allocate
            </Text>
            <Text
              size="small"
              weight="plus"
              data-testid="payout-remaining"
              className={clx(
                allocation.remaining === 0 ? "text-ui-fg-interactive" : "text-ui-fg-error",
              )}
            >
              {remainingText}
            </Text>
          </div>
          {allocation.remaining < 0 && (
            <Text size="small" className="text-ui-fg-error" role="status">
              The lines add up to more than the purchase total: take{" "}
              {formatAmount(
                fromMinorUnits(-allocation.remaining, allocation.digits),
                purchase.currency_code,
              )}{" "}
              off a line before paying out.
            </Text>
          )}
          {allocation.remaining > 0 && (
            <Text size="small" className="text-ui-fg-error" role="status">
              The lines add up to less than the purchase total: allocate the remaining{" "}
              {remainingText} to a line (or add a method) before paying out. The seller is paid
              the whole total at once.
            </Text>
          )}
          {hasStoreCredit && (
            <StoreCreditBalance
              customerId={purchase.customer_id}
              currencyCode={purchase.currency_code}
            />
          )}
          <FormError message={serverError} />
        </Drawer.Body>
        <DrawerFooter
          submitLabel="Pay out"
          onSubmit={submit}
          disabled={!allocation.canSubmit}
          isPending={payOut.isPending}
        />
      </Drawer.Content>
    </Drawer>
  )
}

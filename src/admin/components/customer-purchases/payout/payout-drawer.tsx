import { Plus } from "@medusajs/icons"
import { Button, Drawer, Text, clx, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { ErrorState } from "../../common/error-state"
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
    payOut.mutate(payoutLinesToBody(lines), {
      onSuccess: () => {
        toast.success(`${purchase.number} paid out`)
        onOpenChange(false)
      },
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
            <Button
              size="small"
              variant="secondary"
              type="button"
              className="self-start"
              onClick={() => {
                const unused = methods.find((m) => !usedMethodIds.includes(m.id))
                setLines([...lines, newPayoutLine(unused?.id ?? "")])
              }}
            >
              <Plus />
              Add method
            </Button>
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
            <Text size="small" className="text-ui-fg-error">
              The lines add up to more than the purchase total.
            </Text>
          )}
          {hasStoreCredit && (
            <StoreCreditBalance
              customerId={purchase.customer_id}
              currencyCode={purchase.currency_code}
            />
          )}
          {serverError && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {serverError}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            onClick={submit}
            disabled={!allocation.canSubmit}
            isLoading={payOut.isPending}
          >
            Pay out
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

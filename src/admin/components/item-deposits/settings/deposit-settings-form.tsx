import { Button, Input, Select, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useUpdateItemDepositSettings } from "../../../hooks/item-deposit-extras"
import { errorMessage } from "../../common/error-message"
import { FormField } from "../../common/form-field"
import { FormError } from "../../common/form-footer"
import { Section } from "../../common/section"
import { OnlineProductsField } from "./online-products-field"
import type { DepositExpiryRule, ItemDepositSettings } from "../types"

const RULES: { value: DepositExpiryRule; label: string }[] = [
  { value: "keep", label: "Keep it usable (record the expiry only)" },
  { value: "store_credit", label: "Convert what is left to store credit" },
  { value: "refund_due", label: "Mark it refund due (no longer used at checkout)" },
]

type Draft = {
  default_expiry_days: string
  reminder_days_before: string
  expiry_rule: DepositExpiryRule
  hold_stock: boolean
  online_enabled: boolean
  online_product_ids: string[]
  online_min_percent: string
  online_max_percent: string
  online_payable_with_credit: boolean
}

const toDraft = (s: ItemDepositSettings): Draft => ({
  default_expiry_days: s.default_expiry_days == null ? "" : String(s.default_expiry_days),
  reminder_days_before: String(s.reminder_days_before),
  expiry_rule: s.expiry_rule,
  hold_stock: s.hold_stock,
  online_enabled: s.online_enabled,
  online_product_ids: s.online_product_ids ?? [],
  online_min_percent: String(s.online_min_percent),
  online_max_percent: String(s.online_max_percent),
  online_payable_with_credit: s.online_payable_with_credit,
})

const wholeNumber = (value: string, min: number, max: number) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max

function validate(d: Draft) {
  const errors: Partial<Record<keyof Draft, string>> = {}
  if (d.default_expiry_days !== "" && !wholeNumber(d.default_expiry_days, 1, 3650)) errors.default_expiry_days = "A whole number of days from 1 to 3650, or empty for never."
  if (!wholeNumber(d.reminder_days_before, 0, 365)) errors.reminder_days_before = "A whole number of days from 0 to 365."
  if (!wholeNumber(d.online_min_percent, 1, 100)) errors.online_min_percent = "A whole percentage from 1 to 100."
  if (!wholeNumber(d.online_max_percent, 1, 100)) errors.online_max_percent = "A whole percentage from 1 to 100."
  if (!errors.online_min_percent && !errors.online_max_percent && Number(d.online_min_percent) > Number(d.online_max_percent))
    errors.online_min_percent = "Must not be more than the maximum."
  return errors
}

/** Settings > Item deposits: expiry, stock holds and online deposits. */
export const DepositSettingsForm = ({ settings }: { settings: ItemDepositSettings }) => {
  const [draft, setDraft] = useState(() => toDraft(settings))
  const [dirty, setDirty] = useState(false)
  const [attempted, setAttempted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const save = useUpdateItemDepositSettings()
  const errors = attempted ? validate(draft) : {}

  useEffect(() => {
    if (!dirty) setDraft(toDraft(settings))
  }, [settings]) // eslint-disable-line react-hooks/exhaustive-deps

  const change = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setDirty(true)
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    setServerError(null)
    if (Object.keys(validate(draft)).length) {
      toast.error("Check the highlighted fields")
      return
    }
    save.mutate(
      {
        default_expiry_days: draft.default_expiry_days === "" ? null : Number(draft.default_expiry_days),
        reminder_days_before: Number(draft.reminder_days_before),
        expiry_rule: draft.expiry_rule,
        hold_stock: draft.hold_stock,
        online_enabled: draft.online_enabled,
        online_product_ids: draft.online_product_ids,
        online_min_percent: Number(draft.online_min_percent),
        online_max_percent: Number(draft.online_max_percent),
        online_payable_with_credit: draft.online_payable_with_credit,
      },
      {
        onSuccess: ({ item_deposit_settings }) => {
          setDirty(false)
          setDraft(toDraft(item_deposit_settings))
          toast.success("Deposit settings saved")
        },
        onError: (error) => {
          setServerError(errorMessage(error))
          toast.error(errorMessage(error))
        },
      }
    )
  }

  const toggle = (id: keyof Draft, label: string, hint: string) => (
    <div className="flex items-start gap-x-3">
      <Switch id={id} checked={draft[id] as boolean} onCheckedChange={(checked) => change(id, checked as any)} />
      <div>
        <label htmlFor={id} className="txt-compact-small-plus">
          {label}
        </label>
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      </div>
    </div>
  )

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3" aria-label="Item deposit settings">
      <Section
        title="Expiry"
        description="New deposits lapse after this many days; the job runs hourly."
        actions={
          <Button size="small" type="submit" isLoading={save.isPending} disabled={!dirty}>
            Save
          </Button>
        }
      >
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <FormField htmlFor="default_expiry_days" label="Expire after (days)" optional error={errors.default_expiry_days} hint="Empty: deposits never expire.">
            <Input id="default_expiry_days" inputMode="numeric" placeholder="90" value={draft.default_expiry_days} onChange={(e) => change("default_expiry_days", e.target.value)} />
          </FormField>
          <FormField htmlFor="reminder_days_before" label="Reminder (days before)" error={errors.reminder_days_before} hint="item_deposit.expiring is emitted once; 0: no reminder.">
            <Input id="reminder_days_before" inputMode="numeric" value={draft.reminder_days_before} onChange={(e) => change("reminder_days_before", e.target.value)} />
          </FormField>
          <FormField htmlFor="expiry_rule" label="When a deposit expires" className="md:col-span-2">
            <Select size="small" value={draft.expiry_rule} onValueChange={(v) => change("expiry_rule", v as DepositExpiryRule)}>
              <Select.Trigger id="expiry_rule" aria-label="When a deposit expires">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {RULES.map((rule) => (
                  <Select.Item key={rule.value} value={rule.value}>
                    {rule.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
        </div>
      </Section>
      <Section title="Stock" description="Keep deposited items for their customer.">
        {toggle("hold_stock", "Hold stock for deposits", "Reserves the deposited units of an in-stock variant so nobody else can buy them; released when the deposit is used, converted, refunded, cancelled or expires.")}
      </Section>
      <Section title="Online deposits" description="Deposits customers buy through the storefront checkout (POST /store/carts/:id/deposit-lines); the order records the deposit once paid.">
        <div className="flex flex-col gap-y-4">
          {toggle("online_enabled", "Accept deposits online", "Lets the storefront add a deposit line for the products below to a logged-in customer's cart.")}
          <FormField htmlFor="online_product_ids" label="Products that accept deposits" optional hint="Search a product to add it; its variants then accept deposits.">
            <OnlineProductsField value={draft.online_product_ids} onChange={(ids) => change("online_product_ids", ids)} />
          </FormField>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <FormField htmlFor="online_min_percent" label="Minimum share of the price (%)" error={errors.online_min_percent}>
              <Input id="online_min_percent" inputMode="numeric" value={draft.online_min_percent} onChange={(e) => change("online_min_percent", e.target.value)} />
            </FormField>
            <FormField htmlFor="online_max_percent" label="Maximum share of the price (%)" error={errors.online_max_percent}>
              <Input id="online_max_percent" inputMode="numeric" value={draft.online_max_percent} onChange={(e) => change("online_max_percent", e.target.value)} />
            </FormField>
          </div>
          {toggle("online_payable_with_credit", "Store credit and deposits may pay for a deposit line", "Off: a cart carrying a deposit line is paid by card (or another payment) only.")}
        </div>
      </Section>
      <FormError message={serverError} />
    </form>
  )
}

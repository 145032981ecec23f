import { Button, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Section } from "../common/section"
import { errorMessage } from "../common/error-message"
import { useUpdatePurchaseSettings } from "../../hooks/purchase-settings"
import type { PurchaseSettings } from "../customer-purchases/types"
import type { HoldRule } from "../../../types/customer-purchase"

const MATCHES: { value: HoldRule["match"]; label: string }[] = [
  { value: "item_metadata", label: "Item field" },
  { value: "product_category", label: "Product category id" },
  { value: "product_type", label: "Product type id" },
  { value: "product_tag", label: "Product tag id" },
]

const days = (value: string) => (value.trim() === "" ? null : Number(value))

/** Hold periods, no-cash mode, date of birth and retention: the compliance fields of the purchase settings. */
export const ComplianceSettingsForm = ({ settings }: { settings: PurchaseSettings }) => {
  const save = useUpdatePurchaseSettings()
  const [defaultHold, setDefaultHold] = useState(String(settings.default_hold_days ?? 0))
  const [rules, setRules] = useState<HoldRule[]>(settings.hold_rules ?? [])
  const [noCash, setNoCash] = useState(!!settings.no_cash)
  const [requireDob, setRequireDob] = useState(!!settings.require_seller_date_of_birth)
  const [imageDays, setImageDays] = useState(settings.id_image_retention_days?.toString() ?? "")
  const [numberDays, setNumberDays] = useState(settings.id_number_retention_days?.toString() ?? "")

  const setRule = (index: number, change: Partial<HoldRule>) =>
    setRules((current) => current.map((rule, i) => (i === index ? { ...rule, ...change } : rule)))

  const onSave = () =>
    save.mutate(
      {
        default_hold_days: Number(defaultHold || 0),
        hold_rules: rules.map((r) => ({ ...r, key: r.match === "item_metadata" ? r.key : null, days: Number(r.days) })),
        no_cash: noCash,
        require_seller_date_of_birth: requireDob,
        id_image_retention_days: days(imageDays),
        id_number_retention_days: days(numberDays),
      },
      {
        onSuccess: () => toast.success("Compliance settings saved"),
        onError: (error) => toast.error(errorMessage(error)),
      }
    )

  return (
    <div className="flex flex-col gap-y-3">
      <Section
        title="Hold periods"
        description="Bought items are stocked but reserved (not sellable anywhere) until their hold ends. The longest matching rule wins."
      >
        <div className="flex flex-col gap-y-4">
          <div className="flex max-w-xs flex-col gap-y-1">
            <Label htmlFor="default-hold-days" size="small" weight="plus">Default hold (days)</Label>
            <Input id="default-hold-days" type="number" min={0} value={defaultHold} onChange={(e) => setDefaultHold(e.target.value)} />
          </div>
          {rules.map((rule, index) => (
            <div key={index} className="grid grid-cols-[160px_1fr_1fr_100px_auto] items-end gap-x-2" data-testid="hold-rule">
              <Select value={rule.match} onValueChange={(value) => setRule(index, { match: value as HoldRule["match"] })}>
                <Select.Trigger aria-label="Rule matches"><Select.Value /></Select.Trigger>
                <Select.Content>
                  {MATCHES.map((m) => <Select.Item key={m.value} value={m.value}>{m.label}</Select.Item>)}
                </Select.Content>
              </Select>
              <Input
                aria-label="Item field name"
                placeholder="Field (e.g. category)"
                disabled={rule.match !== "item_metadata"}
                value={rule.key ?? ""}
                onChange={(e) => setRule(index, { key: e.target.value })}
              />
              <Input aria-label="Rule value" placeholder="Value (e.g. firearm)" value={rule.value} onChange={(e) => setRule(index, { value: e.target.value })} />
              <Input aria-label="Rule days" type="number" min={0} value={String(rule.days)} onChange={(e) => setRule(index, { days: Number(e.target.value) })} />
              <Button size="small" variant="transparent" onClick={() => setRules(rules.filter((_, i) => i !== index))}>Remove</Button>
            </div>
          ))}
          <div>
            <Button size="small" variant="secondary" onClick={() => setRules([...rules, { match: "item_metadata", key: "category", value: "", days: 30 }])}>
              Add hold rule
            </Button>
          </div>
        </div>
      </Section>
      <Section title="Payouts and identity">
        <div className="flex flex-col gap-y-4">
          <div className="flex items-start gap-x-3">
            <Switch id="no-cash" checked={noCash} onCheckedChange={setNoCash} />
            <div className="flex flex-col">
              <Label htmlFor="no-cash" size="small" weight="plus">No-cash mode</Label>
              <Text size="small" className="text-ui-fg-subtle">Refuse payouts by cash methods (scrap metal rule).</Text>
            </div>
          </div>
          <div className="flex items-start gap-x-3">
            <Switch id="require-dob" checked={requireDob} onCheckedChange={setRequireDob} />
            <div className="flex flex-col">
              <Label htmlFor="require-dob" size="small" weight="plus">Require the seller's date of birth</Label>
              <Text size="small" className="text-ui-fg-subtle">A purchase cannot be recorded without it.</Text>
            </div>
          </div>
        </div>
      </Section>
      <Section title="Retention" description="Days after the purchase; empty keeps them forever. Purchases under a legal hold are never purged.">
        <div className="grid max-w-lg grid-cols-2 gap-x-4">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="image-retention" size="small" weight="plus">ID images (days)</Label>
            <Input id="image-retention" type="number" min={0} value={imageDays} onChange={(e) => setImageDays(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="number-retention" size="small" weight="plus">Full ID numbers (days)</Label>
            <Input id="number-retention" type="number" min={0} value={numberDays} onChange={(e) => setNumberDays(e.target.value)} />
          </div>
        </div>
      </Section>
      <div className="flex justify-end">
        <Button size="small" onClick={onSave} isLoading={save.isPending}>Save compliance settings</Button>
      </div>
    </div>
  )
}

import { Label, Switch, Text } from "@medusajs/ui"
import { Section } from "../../common/section"

type EnablePurchasingSectionProps = {
  enabled: boolean
  onChange: (enabled: boolean) => void
}

/** The master switch: until on, the purchase routes answer 403. */
export const EnablePurchasingSection = ({ enabled, onChange }: EnablePurchasingSectionProps) => (
  <Section title="Purchasing from the public">
    <div className="flex items-start gap-x-3">
      <Switch id="purchasing-enabled" checked={enabled} onCheckedChange={onChange} />
      <div className="flex flex-col">
        <Label htmlFor="purchasing-enabled" size="small" weight="plus">
          Enable purchasing from the public
        </Label>
        <Text size="small" className="text-ui-fg-subtle">
          Record goods bought from customers, pay them out (including in store credit) and stock
          what you buy. Turning it off hides purchases from the admin API; nothing is deleted.
        </Text>
      </div>
    </div>
  </Section>
)

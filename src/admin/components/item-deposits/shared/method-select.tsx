import { Input, Select } from "@medusajs/ui"
import { PAYMENT_METHODS } from "../format"

type Props = {
  id: string
  method: string
  other: string
  invalid?: boolean
  onChange: (changes: { method?: string; other?: string }) => void
}

/**
 * Cash, card, bank transfer or other; "Other" lets the merchant type the
 * method's name (sent as the method itself).
 */
export const MethodSelect = ({ id, method, other, invalid, onChange }: Props) => (
  <div className="flex flex-col gap-y-2">
    <Select value={method} onValueChange={(value) => onChange({ method: value })}>
      <Select.Trigger id={id} aria-invalid={invalid || undefined}>
        <Select.Value placeholder="Select a method" />
      </Select.Trigger>
      <Select.Content>
        {PAYMENT_METHODS.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
    {method === "other" && (
      <Input
        aria-label="Method name"
        placeholder="Name the method, e.g. Voucher"
        value={other}
        onChange={(event) => onChange({ other: event.target.value })}
      />
    )}
  </div>
)

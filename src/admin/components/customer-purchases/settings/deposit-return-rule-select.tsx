import { Select } from "@medusajs/ui"
import type { DepositReturnRule } from "../types"

const RULES: { value: DepositReturnRule; label: string }[] = [
  { value: "deposit", label: "Back onto the deposit (usable at a later checkout)" },
  { value: "store_credit", label: "Into the customer's store credit" },
]

/** Where a deposit's share of items that leave an order goes. */
export const DepositReturnRuleSelect = ({
  id,
  value,
  onChange,
}: {
  id?: string
  value: DepositReturnRule
  onChange: (value: DepositReturnRule) => void
}) => (
  <Select size="small" value={value} onValueChange={(next) => onChange(next as DepositReturnRule)}>
    <Select.Trigger id={id} aria-label="Deposit share of returned items">
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
)

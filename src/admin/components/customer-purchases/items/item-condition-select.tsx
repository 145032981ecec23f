import { Select } from "@medusajs/ui"
import { ITEM_CONDITIONS } from "../types"

const NONE = "__none__"

type ItemConditionSelectProps = {
  id?: string
  value: string
  onChange: (value: string) => void
}

/** Condition grade of a bought item ("Not graded" sends null). */
export const ItemConditionSelect = ({ id, value, onChange }: ItemConditionSelectProps) => (
  <Select
    size="small"
    value={value || NONE}
    onValueChange={(next) => onChange(next === NONE ? "" : next)}
  >
    <Select.Trigger id={id} aria-label="Condition">
      <Select.Value placeholder="Condition" />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={NONE}>Not graded</Select.Item>
      {ITEM_CONDITIONS.map((condition) => (
        <Select.Item key={condition.value} value={condition.value}>
          {condition.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

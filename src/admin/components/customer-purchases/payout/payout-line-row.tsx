import { Button, Input, Select } from "@medusajs/ui"
import { InlineError, RemoveRowButton } from "../../common/list-editing"
import { fromMinorUnits, toMinorUnits } from "../../common/money"
import type { PayoutMethod } from "../types"
import type { PayoutLineDraft } from "./payout-allocation"

type PayoutLineRowProps = {
  index: number
  line: PayoutLineDraft
  error?: string
  methods: PayoutMethod[]
  usedMethodIds: string[]
  remaining: number
  digits: number
  canRemove: boolean
  onChange: (line: PayoutLineDraft) => void
  onRemove: () => void
}

/** Method, amount and reference of one payout portion. */
export const PayoutLineRow = ({
  index,
  line,
  error,
  methods,
  usedMethodIds,
  remaining,
  digits,
  canRemove,
  onChange,
  onRemove,
}: PayoutLineRowProps) => {
  const available = methods.filter((m) => m.id === line.method_id || !usedMethodIds.includes(m.id))
  const fillRemaining = () => {
    const currentMinor = toMinorUnits(line.amount || "0", digits) ?? 0
    onChange({ ...line, amount: fromMinorUnits(currentMinor + remaining, digits) })
  }
  return (
    <div
      className="flex flex-col gap-y-2 rounded-lg p-3 shadow-borders-base"
      role="group"
      aria-label={`Payout line ${index + 1}`}
    >
      <div className="flex items-center gap-x-2">
        <Select
          size="small"
          value={line.method_id || undefined}
          onValueChange={(method_id) => onChange({ ...line, method_id })}
        >
          <Select.Trigger aria-label={`Method ${index + 1}`} className="w-44">
            <Select.Value placeholder="Method" />
          </Select.Trigger>
          <Select.Content>
            {available.map((method) => (
              <Select.Item key={method.id} value={method.id}>
                {method.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input
          size="small"
          inputMode="decimal"
          placeholder="0.00"
          aria-label={`Amount ${index + 1}`}
          aria-invalid={!!error && !!line.amount}
          value={line.amount}
          onChange={(e) => onChange({ ...line, amount: e.target.value })}
        />
        <RemoveRowButton
          label={`Remove line ${index + 1}`}
          disabled={!canRemove}
          onClick={onRemove}
        />
      </div>
      <div className="flex items-center gap-x-2">
        <Input
          size="small"
          placeholder="Reference (optional), e.g. till 2"
          aria-label={`Reference ${index + 1}`}
          value={line.reference}
          onChange={(e) => onChange({ ...line, reference: e.target.value })}
        />
        {remaining > 0 && (
          <Button size="small" variant="transparent" type="button" onClick={fillRemaining}>
            Add remaining
          </Button>
        )}
      </div>
      <InlineError message={line.amount && error} />
    </div>
  )
}

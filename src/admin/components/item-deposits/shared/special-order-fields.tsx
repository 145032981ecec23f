import { DatePicker, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { FormField } from "../../common/form-field"

type Props = {
  specialOrder: boolean
  note: string
  expectedAt: Date | null
  onChange: (changes: { special_order?: boolean; special_order_note?: string; expected_at?: Date | null }) => void
  errors?: { expected_at?: string }
}

/** The special-order switch with its note and expected date (create and edit). */
export const SpecialOrderFields = ({ specialOrder, note, expectedAt, onChange, errors }: Props) => (
  <div className="flex flex-col gap-y-4">
    <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start gap-x-3 rounded-lg p-3">
      <Switch
        id="special_order"
        checked={specialOrder}
        onCheckedChange={(checked) => onChange({ special_order: checked })}
      />
      <div className="flex flex-col">
        <Label htmlFor="special_order" size="small" weight="plus">
          Special order
        </Label>
        <Text size="small" className="text-ui-fg-subtle">
          The item is not in stock and has to be ordered for this customer.
        </Text>
      </div>
    </div>
    {specialOrder && (
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField htmlFor="special_order_note" label="Note" optional hint="E.g. which supplier to order from.">
          <Textarea
            id="special_order_note"
            value={note}
            onChange={(event) => onChange({ special_order_note: event.target.value })}
          />
        </FormField>
        <FormField htmlFor="expected_at" label="Expected date" optional error={errors?.expected_at}>
          <DatePicker
            aria-label="Expected date"
            granularity="day"
            value={expectedAt}
            onChange={(value) => onChange({ expected_at: value })}
          />
        </FormField>
      </div>
    )}
  </div>
)

import { Code, Input, Select, Switch } from "@medusajs/ui"
import { AddRowButton, InlineError, RemoveRowButton } from "../../common/list-editing"
import { PAYOUT_METHOD_TYPES, type PayoutMethodType } from "../types"
import { type PayoutMethodDraft, rowKey, slugify } from "./settings-draft"
import { Section } from "../../common/section"

type PayoutMethodsEditorProps = {
  methods: PayoutMethodDraft[]
  error?: string
  rowErrors: Record<string, string>
  onChange: (methods: PayoutMethodDraft[]) => void
}

/** How sellers can be paid: name, type and whether it is offered. */
export const PayoutMethodsEditor = ({
  methods,
  error,
  rowErrors,
  onChange,
}: PayoutMethodsEditorProps) => {
  const patch = (key: string, changes: Partial<PayoutMethodDraft>) =>
    onChange(
      methods.map((m) => {
        if (m.key !== key) return m
        const next = { ...m, ...changes }
        return m.isNew && changes.name !== undefined
          ? { ...next, id: slugify(changes.name, "_") }
          : next
      }),
    )

  return (
    <Section
      title="Payout methods"
      description="Offered when paying a seller out. Store credit goes to the customer's store-credit account."
      actions={
        <AddRowButton
          onClick={() =>
            onChange([
              ...methods,
              { key: rowKey(), id: "", name: "", type: "other", enabled: true, isNew: true },
            ])
          }
        >
          Add method
        </AddRowButton>
      }
    >
      <div className="flex flex-col gap-y-2">
        {methods.map((method, index) => (
          <div key={method.key} className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <div className="min-w-0 flex-1">
                <Input
                  size="small"
                  aria-label={`Payout method ${index + 1} name`}
                  placeholder="Name, e.g. Cash"
                  value={method.name}
                  aria-invalid={!!rowErrors[method.key]}
                  onChange={(e) => patch(method.key, { name: e.target.value })}
                />
              </div>
              <Code className="w-32 shrink-0 truncate" title="Method id">
                {method.id || "—"}
              </Code>
              <Select
                size="small"
                value={method.type}
                onValueChange={(type) => patch(method.key, { type: type as PayoutMethodType })}
              >
                <Select.Trigger
                  aria-label={`Payout method ${index + 1} type`}
                  className="w-40 shrink-0"
                >
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {PAYOUT_METHOD_TYPES.map((type) => (
                    <Select.Item key={type.value} value={type.value}>
                      {type.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <Switch
                aria-label={`Payout method ${index + 1} enabled`}
                checked={method.enabled}
                onCheckedChange={(enabled) => patch(method.key, { enabled })}
              />
              <RemoveRowButton
                label={`Remove payout method ${index + 1}`}
                onClick={() => onChange(methods.filter((m) => m.key !== method.key))}
              />
            </div>
            <InlineError message={rowErrors[method.key]} />
          </div>
        ))}
      </div>
      <InlineError message={error} size="small" className="mt-2" />
    </Section>
  )
}

import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { Code, Input, Text } from "@medusajs/ui"
import { AddRowButton, InlineError, RemoveRowButton, RowIconButton } from "../../common/list-editing"
import { type StageDraft, rowKey, slugify } from "./settings-draft"
import { Section } from "../../common/section"

type StagesEditorProps = {
  stages: StageDraft[]
  error?: string
  rowErrors: Record<string, string>
  onChange: (stages: StageDraft[]) => void
}

/**
 * Refurbishment stages in order. Existing stages keep their value (items
 * store it) and can be renamed; a new stage's value follows its label.
 */
export const StagesEditor = ({ stages, error, rowErrors, onChange }: StagesEditorProps) => {
  const update = (key: string, label: string) =>
    onChange(
      stages.map((s) =>
        s.key === key ? { ...s, label, value: s.isNew ? slugify(label) : s.value } : s,
      ),
    )
  const move = (index: number, by: -1 | 1) => {
    const next = [...stages]
    const [stage] = next.splice(index, 1)
    next.splice(index + by, 0, stage)
    onChange(next)
  }

  return (
    <Section
      title="Refurbishment stages"
      description="The stages an item moves through before it is stocked, in order. Stocked, scrapped and returned to seller are always available as final statuses."
      actions={
        <AddRowButton
          onClick={() =>
            onChange([...stages, { key: rowKey(), value: "", label: "", isNew: true }])
          }
        >
          Add stage
        </AddRowButton>
      }
    >
      <ol className="flex flex-col gap-y-2" aria-label="Stages">
        {stages.map((stage, index) => (
          <li key={stage.key} className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Text size="small" className="text-ui-fg-muted w-5 text-right">
                {index + 1}
              </Text>
              <div className="min-w-0 flex-1">
                <Input
                  size="small"
                  aria-label={`Stage ${index + 1} label`}
                  value={stage.label}
                  placeholder="Label, e.g. Data wipe"
                  aria-invalid={!!rowErrors[stage.key]}
                  onChange={(e) => update(stage.key, e.target.value)}
                />
              </div>
              <Code className="w-36 shrink-0 truncate" title="Value stored on items">
                {stage.value || "—"}
              </Code>
              <RowIconButton
                label={`Move stage ${index + 1} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <ArrowUpMini />
              </RowIconButton>
              <RowIconButton
                label={`Move stage ${index + 1} down`}
                disabled={index === stages.length - 1}
                onClick={() => move(index, 1)}
              >
                <ArrowDownMini />
              </RowIconButton>
              <RemoveRowButton
                label={`Remove stage ${index + 1}`}
                onClick={() => onChange(stages.filter((s) => s.key !== stage.key))}
              />
            </div>
            <InlineError message={rowErrors[stage.key]} className="pl-7" />
          </li>
        ))}
      </ol>
      <InlineError message={error} size="small" className="mt-2" />
      <Text size="xsmall" className="text-ui-fg-muted mt-3">
        A stage that items are still in cannot be removed: saving answers with the reason.
      </Text>
    </Section>
  )
}

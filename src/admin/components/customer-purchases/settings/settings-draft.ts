import type { PurchaseSettingsUpdate } from "../../../hooks/purchase-settings"
import type { DepositReturnRule, PayoutMethod, PurchaseSettings, ReceiptTemplate, RefurbishmentStage } from "../types"
import { FINAL_ITEM_STATUSES } from "../types"

/** A stage or payout method row; `isNew` rows may still change their id. */
export type StageDraft = RefurbishmentStage & { key: string; isNew: boolean }
export type PayoutMethodDraft = PayoutMethod & { key: string; isNew: boolean }

export type TemplateDraft = Omit<ReceiptTemplate, "signature_lines"> & { signature_lines: string[] }

export type SettingsDraft = {
  enabled: boolean
  stages: StageDraft[]
  payout_methods: PayoutMethodDraft[]
  default_location_id: string
  receipt_template: TemplateDraft
  deposit_return_rule: DepositReturnRule
  /** Empty: the store's default sales channel. */
  default_sales_channel_ids: string[]
}

let nextKey = 0
export const rowKey = () => `row-${++nextKey}`

/** Lower-case slug from a label: "Data wipe" → "data_wipe". */
export function slugify(label: string, separator = "_"): string {
  return label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^${separator}+|${separator}+$`, "g"), "")
}

export function settingsToDraft(settings: PurchaseSettings): SettingsDraft {
  const t = settings.receipt_template
  return {
    enabled: settings.enabled,
    stages: settings.stages.map((s) => ({ ...s, key: rowKey(), isNew: false })),
    payout_methods: settings.payout_methods.map((m) => ({ ...m, key: rowKey(), isNew: false })),
    default_location_id: settings.default_location_id ?? "",
    deposit_return_rule: settings.deposit_return_rule ?? "deposit",
    receipt_template: {
      store_name: t.store_name ?? "",
      store_address: t.store_address ?? "",
      store_phone: t.store_phone ?? "",
      store_email: t.store_email ?? "",
      store_tax_id: t.store_tax_id ?? "",
      header: t.header ?? "",
      seller_declaration: t.seller_declaration ?? "",
      terms: t.terms ?? "",
      footer: t.footer ?? "",
      signature_lines: t.signature_lines ?? [],
    },
    default_sales_channel_ids: settings.default_sales_channel_ids ?? [],
  }
}

/** The template as the API takes it: empty texts become null. */
export function templateToApi(template: TemplateDraft): Partial<ReceiptTemplate> {
  const text = (value: string | null) => (value ?? "").trim() || null
  return {
    ...(template.store_name.trim() && { store_name: template.store_name.trim() }),
    store_address: text(template.store_address),
    store_phone: text(template.store_phone),
    store_email: text(template.store_email),
    store_tax_id: text(template.store_tax_id),
    header: text(template.header),
    seller_declaration: text(template.seller_declaration),
    terms: text(template.terms),
    footer: text(template.footer),
    signature_lines: template.signature_lines.map((l) => l.trim()).filter(Boolean),
  }
}

export function draftToUpdate(draft: SettingsDraft): PurchaseSettingsUpdate {
  return {
    enabled: draft.enabled,
    stages: draft.stages.map(({ value, label }) => ({ value, label: label.trim() })),
    payout_methods: draft.payout_methods.map(({ id, name, type, enabled }) => ({
      id,
      name: name.trim(),
      type,
      enabled,
    })),
    default_location_id: draft.default_location_id || null,
    receipt_template: templateToApi(draft.receipt_template),
    deposit_return_rule: draft.deposit_return_rule,
    default_sales_channel_ids: draft.default_sales_channel_ids.length
      ? draft.default_sales_channel_ids
      : null,
  }
}

export type SettingsErrors = {
  stages?: string
  stageRows: Record<string, string>
  payout_methods?: string
  methodRows: Record<string, string>
  store_name?: string
  signature_lines?: string
}

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)

export function validateSettingsDraft(draft: SettingsDraft) {
  const errors: SettingsErrors = { stageRows: {}, methodRows: {} }
  if (!draft.stages.length) errors.stages = "Keep at least one stage."
  const stageValues = draft.stages.map((s) => s.value)
  draft.stages.forEach((stage) => {
    if (!stage.label.trim()) errors.stageRows[stage.key] = "Enter a label."
    else if (!/^[a-z0-9_]+$/.test(stage.value)) {
      errors.stageRows[stage.key] = "The value must be lower-case letters, digits and _."
    } else if ((FINAL_ITEM_STATUSES as readonly string[]).includes(stage.value)) {
      errors.stageRows[stage.key] = `"${stage.value}" is a final status, not a stage.`
    } else if (duplicates(stageValues).includes(stage.value)) {
      errors.stageRows[stage.key] = `Another stage already uses "${stage.value}".`
    }
  })
  if (!draft.payout_methods.length) errors.payout_methods = "Keep at least one payout method."
  const methodIds = draft.payout_methods.map((m) => m.id)
  draft.payout_methods.forEach((method) => {
    if (!method.name.trim()) errors.methodRows[method.key] = "Enter a name."
    else if (!/^[a-z0-9_-]+$/.test(method.id)) {
      errors.methodRows[method.key] = "The id must be lower-case letters, digits, _ and -."
    } else if (duplicates(methodIds).includes(method.id)) {
      errors.methodRows[method.key] = `Another method already uses the id "${method.id}".`
    }
  })
  if (!draft.receipt_template.store_name.trim()) errors.store_name = "Enter the store name."
  if (draft.receipt_template.signature_lines.filter((l) => l.trim()).length > 4) {
    errors.signature_lines = "At most 4 signature lines."
  }
  const hasErrors =
    !!errors.stages ||
    !!errors.payout_methods ||
    !!errors.store_name ||
    !!errors.signature_lines ||
    Object.keys(errors.stageRows).length > 0 ||
    Object.keys(errors.methodRows).length > 0
  return { errors, hasErrors }
}

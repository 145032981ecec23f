import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../../common/error-message"
import { FormField } from "../../common/form-field"
import { useUpdatePurchaseSettings } from "../../../hooks/purchase-settings"
import { SalesChannelCheckboxes } from "../stock/sales-channel-checkboxes"
import { StockLocationSelect } from "../stock/stock-location-select"
import type { PurchaseSettings } from "../types"
import { DepositReturnRuleSelect } from "./deposit-return-rule-select"
import { EnablePurchasingSection } from "./enable-purchasing-section"
import { PayoutMethodsEditor } from "./payout-methods-editor"
import { ReceiptPreview } from "./receipt-preview"
import { ReceiptTemplateFields } from "./receipt-template-fields"
import {
  type SettingsDraft,
  type SettingsErrors,
  draftToUpdate,
  settingsToDraft,
  validateSettingsDraft,
} from "./settings-draft"
import { Section } from "../../common/section"
import { StagesEditor } from "./stages-editor"

const noErrors: SettingsErrors = { stageRows: {}, methodRows: {} }

/** Every purchase setting in one form, saved together. */
export const PurchaseSettingsForm = ({ settings }: { settings: PurchaseSettings }) => {
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsToDraft(settings))
  const [attempted, setAttempted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const [dirty, setDirty] = useState(false)
  const save = useUpdatePurchaseSettings()
  const errors = attempted ? validateSettingsDraft(draft).errors : noErrors

  // After a save (or a refetch) with no local edits, show the server's version.
  useEffect(() => {
    if (!dirty) setDraft(settingsToDraft(settings))
  }, [settings]) // eslint-disable-line react-hooks/exhaustive-deps

  const change = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setDirty(true)
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setServerError(null)
    const result = validateSettingsDraft(draft)
    setAttempted(true)
    if (result.hasErrors) {
      toast.error("Check the highlighted fields")
      return
    }
    save.mutate(draftToUpdate(draft), {
      onSuccess: ({ purchase_settings }) => {
        setDirty(false)
        setDraft(settingsToDraft(purchase_settings))
        toast.success("Purchase settings saved")
      },
      onError: (error) => {
        setServerError(errorMessage(error))
        toast.error(errorMessage(error))
      },
    })
  }

  const discard = () => {
    setDraft(settingsToDraft(settings))
    setDirty(false)
    setAttempted(false)
    setServerError(null)
  }

  const saveButton = (
    <div className="flex items-center gap-x-2">
      {dirty && (
        <Button size="small" variant="secondary" type="button" onClick={discard}>
          Discard changes
        </Button>
      )}
      <Button size="small" type="submit" isLoading={save.isPending} disabled={!dirty}>
        Save
      </Button>
    </div>
  )

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Customer purchases</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {dirty
              ? "You have unsaved changes."
              : "Buying goods from the public: stages, payouts and the receipt."}
          </Text>
        </div>
        {saveButton}
      </Container>
      {serverError && (
        <Container className="px-6 py-3" role="alert">
          <Text size="small" className="text-ui-fg-error">
            {serverError}
          </Text>
        </Container>
      )}
      <EnablePurchasingSection
        enabled={draft.enabled}
        onChange={(enabled) => change("enabled", enabled)}
      />
      <StagesEditor
        stages={draft.stages}
        error={errors.stages}
        rowErrors={errors.stageRows}
        onChange={(stages) => change("stages", stages)}
      />
      <PayoutMethodsEditor
        methods={draft.payout_methods}
        error={errors.payout_methods}
        rowErrors={errors.methodRows}
        onChange={(methods) => change("payout_methods", methods)}
      />
      <Section
        title="Default stock location"
        description="Where stocked items go unless another location is chosen."
      >
        <FormField label="Location" htmlFor="default-location" className="max-w-md">
          <StockLocationSelect
            id="default-location"
            allowNone
            value={draft.default_location_id}
            onChange={(id) => change("default_location_id", id)}
          />
        </FormField>
      </Section>
      <Section
        title="Item deposits after the order"
        description="When an item a deposit paid for leaves the order (return received, claim, exchange, order edit), the deposit's share comes back once, here. A card refund never pays it out."
      >
        <FormField label="Deposit share of returned items" htmlFor="deposit-return-rule" className="max-w-md">
          <DepositReturnRuleSelect
            id="deposit-return-rule"
            value={draft.deposit_return_rule}
            onChange={(rule) => change("deposit_return_rule", rule)}
          />
        </FormField>
      </Section>
      <Section
        title="Purchase receipt template"
        description="Printed on every purchase receipt. The preview updates as you type."
      >
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <ReceiptTemplateFields
            value={draft.receipt_template}
            errors={errors}
            onChange={(template) => change("receipt_template", template)}
          />
          <ReceiptPreview template={draft.receipt_template} />
        </div>
      </Section>
      <Section
        title="Sales channels for stocked products"
        description="A product created when stocking an item is sold in these channels unless others are picked in the stock drawer. None chosen: the store's default sales channel."
      >
        <SalesChannelCheckboxes
          idPrefix="default-sales-channel"
          value={draft.default_sales_channel_ids}
          onChange={(ids) => change("default_sales_channel_ids", ids)}
        />
      </Section>
      <div className="flex justify-end">{saveButton}</div>
    </form>
  )
}

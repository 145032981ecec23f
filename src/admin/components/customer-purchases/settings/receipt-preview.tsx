import { Spinner } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { errorMessage } from "../../common/error-message"
import { useDebouncedValue } from "../../common/use-debounced-value"
import { useReceiptPreview } from "../../../hooks/purchase-settings"
import { type TemplateDraft, templateToApi } from "./settings-draft"

/**
 * The receipt the unsaved template renders on a sample purchase, refreshed
 * 600 ms after the last keystroke (POST /admin/purchase-settings/receipt-preview).
 */
export const ReceiptPreview = ({ template }: { template: TemplateDraft }) => {
  const body = useMemo(() => templateToApi(template), [template])
  const debounced = useDebouncedValue(body, 600)
  const { data: blob, isFetching, isError, error } = useReceiptPreview(debounced)
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob])
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url])

  return (
    <div className="flex h-full flex-col gap-y-2">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          Preview
        </Text>
        {isFetching && (
          <span
            className="text-ui-fg-subtle flex items-center gap-x-1 txt-small"
            aria-live="polite"
          >
            <Spinner className="animate-spin" />
            Updating…
          </span>
        )}
      </div>
      {isError && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          The preview could not be rendered: {errorMessage(error)}
        </Text>
      )}
      <div className="shadow-borders-base bg-ui-bg-subtle min-h-[640px] flex-1 overflow-hidden rounded-lg">
        {url ? (
          <iframe
            title="Receipt preview"
            src={`${url}#navpanes=0&view=FitH`}
            className="h-full min-h-[640px] w-full"
          />
        ) : (
          !isError && (
            <div className="flex h-full min-h-[640px] items-center justify-center">
              <Spinner className="text-ui-fg-muted animate-spin" />
            </div>
          )
        )}
      </div>
    </div>
  )
}

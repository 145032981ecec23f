import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { EmptyState } from "../common/empty-state"
import { ErrorState } from "../common/error-state"
import { errorMessage, errorStatus } from "../common/error-message"
import { downloadBlob, fetchAdminBlob } from "../common/fetch-file"
import { formatAmount } from "../common/money"
import { SearchSelect } from "../common/search-select"
import { useDebouncedValue } from "../common/use-debounced-value"
import { itemStatusLabel } from "../customer-purchases/item-status-labels"
import { PurchasingDisabledState } from "../customer-purchases/purchasing-disabled-state"
import { FINAL_ITEM_STATUSES, ITEM_CONDITIONS } from "../customer-purchases/types"
import { useProductSearch } from "../../hooks/lookups"
import { marginsSearch, useMarginsReport } from "../../hooks/margins"
import { usePurchaseSettings } from "../../hooks/purchase-settings"
import { MarginsChart } from "./margins-chart"
import type { MarginsQuery, MarginsTotals } from "./types"

const ALL = "__all"

const Figure = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <div className="flex flex-col gap-y-1" data-testid={`figure-${label.toLowerCase().replace(/\W+/g, "-")}`}>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" weight="plus">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

const Figures = ({ t }: { t: MarginsTotals }) => {
  const money = (v: number) => formatAmount(v, t.currency_code)
  return (
    <div className="grid grid-cols-2 gap-4 px-6 py-4 lg:grid-cols-4">
      <Figure label="Bought" value={money(t.bought)} hint="Paid to sellers" />
      <Figure label="Refurbishment" value={money(t.refurbishment)} hint="Parts, labour, other" />
      <Figure label="Sold" value={money(t.sold)} hint={`${t.units_sold} units, net of discounts and tax`} />
      <Figure label="Margin" value={money(t.margin)} hint={`Cost of units sold ${money(t.cost_of_sold)}`} />
      <Figure label="Stock on hand" value={money(t.stock_value)} hint={`${t.stock_units} units at cost`} />
      <Figure
        label="Stock age"
        value={t.stock_average_age_days === null ? "-" : `${t.stock_average_age_days} days`}
        hint={t.stock_oldest_age_days === null ? "No stock on hand" : `Oldest ${t.stock_oldest_age_days} days`}
      />
    </div>
  )
}

/** The margins report: filters, totals per currency, a chart per day and a CSV export. */
export const MarginsReportView = () => {
  const [query, setQuery] = useState<MarginsQuery>({})
  const [productSearch, setProductSearch] = useState("")
  const [productLabel, setProductLabel] = useState<string | undefined>()
  const debounced = useDebouncedValue(productSearch, 250)
  const products = useProductSearch(debounced)
  const { data: settings } = usePurchaseSettings()
  const { data, isLoading, isError, error, refetch } = useMarginsReport(query)
  const [exporting, setExporting] = useState(false)
  const stages = settings?.purchase_settings.stages ?? []
  const statuses = [...stages.map((s) => s.value), ...FINAL_ITEM_STATUSES]

  const set = (patch: Partial<MarginsQuery>) => setQuery((q) => ({ ...q, ...patch }))

  const exportCsv = async () => {
    setExporting(true)
    try {
      const blob = await fetchAdminBlob(`/admin/customer-purchases/margins/export?${marginsSearch(query).toString()}`)
      downloadBlob(blob, `margins-${new Date().toISOString().slice(0, 10)}.csv`)
    } catch (e) {
      toast.error(errorMessage(e, "The export failed."))
    } finally {
      setExporting(false)
    }
  }

  if (isError && errorStatus(error) === 403) {
    return <PurchasingDisabledState title="Margins" />
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Margins</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What bought goods cost, what they sold for, and the stock still on hand.
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={exportCsv} isLoading={exporting}>
            Export CSV
          </Button>
        </div>
        <div className="grid grid-cols-2 gap-4 px-6 py-4 lg:grid-cols-5" aria-label="Filters">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="margins-from" size="small">
              From
            </Label>
            <Input id="margins-from" type="date" value={query.from ?? ""} onChange={(e) => set({ from: e.target.value || undefined })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="margins-to" size="small">
              To
            </Label>
            <Input id="margins-to" type="date" value={query.to ?? ""} onChange={(e) => set({ to: e.target.value || undefined })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="margins-stage" size="small">
              Stage
            </Label>
            <Select value={query.status ?? ALL} onValueChange={(v) => set({ status: v === ALL ? undefined : v })}>
              <Select.Trigger id="margins-stage" aria-label="Stage">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All stages</Select.Item>
                {statuses.map((s) => (
                  <Select.Item key={s} value={s}>
                    {itemStatusLabel(s, stages)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="margins-condition" size="small">
              Condition
            </Label>
            <Select value={query.condition ?? ALL} onValueChange={(v) => set({ condition: v === ALL ? undefined : v })}>
              <Select.Trigger id="margins-condition" aria-label="Condition">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All conditions</Select.Item>
                {ITEM_CONDITIONS.map((c) => (
                  <Select.Item key={c.value} value={c.value}>
                    {c.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="margins-product" size="small">
              Product
            </Label>
            <SearchSelect
              id="margins-product"
              placeholder="All products"
              selectedLabel={productLabel}
              search={productSearch}
              onSearchChange={setProductSearch}
              searchPlaceholder="Search products"
              options={(products.data?.products ?? []).map((p) => ({ value: p.id, label: p.title }))}
              value={query.product_id}
              isLoading={products.isLoading}
              onChange={(option) => {
                setProductLabel(option?.label)
                set({ product_id: option?.value })
              }}
            />
          </div>
        </div>
      </Container>
      {isError ? (
        <Container className="p-0">
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load the report" />
        </Container>
      ) : isLoading ? null : !data?.totals.length ? (
        <Container className="p-0">
          <EmptyState heading="Nothing in this range" description="No bought goods, sales or stock match the filters." />
        </Container>
      ) : (
        data.totals.map((t) => (
          <Container key={t.currency_code} className="divide-y p-0" data-testid={`margins-${t.currency_code}`}>
            <div className="px-6 py-4">
              <Heading level="h2">{t.currency_code.toUpperCase()}</Heading>
            </div>
            <Figures t={t} />
            <div className="px-6 py-4">
              <MarginsChart days={data.days} currencyCode={t.currency_code} />
            </div>
          </Container>
        ))
      )}
    </div>
  )
}

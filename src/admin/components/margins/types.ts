export type ItemMargin = {
  item_id: string
  units_sold: number
  units_on_hand: number
  sold: number
  cost_of_sold: number
  margin: number
  days_to_sell: number | null
  last_sold_at: string | null
}

export type ItemCost = {
  id: string
  kind: "parts" | "labour" | "other"
  amount: number
  note: string | null
  created_at: string
}

export type MarginsTotals = {
  currency_code: string
  bought: number
  refurbishment: number
  sold: number
  cost_of_sold: number
  margin: number
  units_sold: number
  stock_units: number
  stock_value: number
  stock_average_age_days: number | null
  stock_oldest_age_days: number | null
}

export type MarginsReport = {
  totals: MarginsTotals[]
  days: { date: string; currency_code: string; sold: number; margin: number }[]
}

export type MarginsQuery = {
  from?: string
  to?: string
  status?: string
  condition?: string
  product_id?: string
}

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { formatAmount } from "../common/money"
import type { MarginsReport } from "./types"

/** Net revenue and margin per day of the range, in one currency. */
export const MarginsChart = ({ days, currencyCode }: { days: MarginsReport["days"]; currencyCode: string }) => {
  const data = days.filter((d) => d.currency_code === currencyCode)
  return (
    <div className="h-64 w-full" role="img" aria-label="Net revenue and margin per day">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} width={72} tickFormatter={(v: number) => formatAmount(v, currencyCode)} />
          <Tooltip formatter={(value) => formatAmount(Number(value), currencyCode)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="sold" name="Net revenue" fill="#6366f1" />
          <Bar dataKey="margin" name="Margin" fill="#10b981" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/**
 * Timing and reporting helpers shared by the benchmark specs. Each spec
 * writes its figures as JSON to $BENCH_RESULTS_DIR/<name>.json; bench/run.js
 * turns them into docs/benchmarks.md.
 */
import fs from "fs"
import path from "path"
import { performance } from "perf_hooks"

export const SMOKE = process.env.BENCH_SMOKE === "1"

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]
}

export const median = (values: number[]) => percentile(values, 50)

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the durations in ms. */
export async function time(fn: () => Promise<unknown>, { runs, warmup = 2 }: { runs: number; warmup?: number }) {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    times.push(performance.now() - started)
  }
  return times
}

export function writeResult(name: string, result: unknown) {
  const dir = process.env.BENCH_RESULTS_DIR || path.join(__dirname, "..", ".results")
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(result, null, 2))
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a")

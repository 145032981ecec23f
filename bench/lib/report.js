/**
 * Turns the JSON each benchmark wrote into docs/benchmarks.md (Markdown).
 */
"use strict"

const f = (n, d = 1) => (typeof n === "number" && Number.isFinite(n) ? n.toFixed(d) : "n/a")
const x = (n, d = 2) => (typeof n === "number" && Number.isFinite(n) ? `${n.toFixed(d)}×` : "n/a")
const goal = (ratio, max) => (typeof ratio !== "number" || !Number.isFinite(ratio) ? "n/a" : ratio <= max ? "met" : "**missed**")

function table(header, rows) {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n")
}

function adminLists(r) {
  const out = [
    `## 1. Admin lists at scale`,
    "",
    `${r.n.toLocaleString("en")} customers, ${r.n.toLocaleString("en")} purchases with ${(3 * r.n).toLocaleString("en")} items, ` +
      `${r.n.toLocaleString("en")} deposits with ${r.n.toLocaleString("en")} payment ledger rows, bulk-inserted with SQL ` +
      `(${f(r.seed_seconds)} s). First page (default limit), ${r.rounds} rounds, each round timing every list once; ` +
      `ratio = median / median of \`GET /admin/customers\` (first page) in the same rounds. Goal ≤ 1.00×. ` +
      `"Seq scans" lists the large tables that an \`EXPLAIN ANALYZE\` of the SQL the request ran scans sequentially.`,
    "",
    table(
      ["list / filter", "rows matched", "median ms", "p95 ms", "ratio vs core", "goal", "seq scans"],
      r.results.map((c) => [
        `\`${c.name}\``,
        String(c.count),
        f(c.median_ms),
        f(c.p95_ms),
        x(c.ratio),
        c.name.startsWith("core") ? "baseline" : goal(c.ratio, 1.0),
        c.seq_scans.length ? c.seq_scans.join(", ") : "none",
      ])
    ),
    "",
    "<details><summary>The SQL of each filter and its plan (EXPLAIN ANALYZE, costs and timing off)</summary>",
    "",
  ]
  for (const c of r.results) {
    out.push(`### ${c.name}`, "", `\`GET ${c.path}\``, "")
    for (const q of c.queries) {
      out.push("```sql", q.sql.length > 1500 ? `${q.sql.slice(0, 1500)} …` : q.sql, "```", "```", q.plan, "```", "")
    }
  }
  out.push("</details>", "")
  return out.join("\n")
}

function reconciliation(r) {
  return [
    `## 2. Reconciliation job`,
    "",
    `The query of \`releaseAbandonedApplications\` (held applications older than 15 minutes) with ` +
      `${r.small.toLocaleString("en")} vs ${r.large.toLocaleString("en")} applications of placed orders (status consumed), ` +
      `${r.held} held ones in both; median of ${r.runs} runs of the job.`,
    "",
    table(
      ["applications", "job median ms", "query median ms"],
      [
        [r.small.toLocaleString("en"), f(r.small_job_ms, 2), f(r.small_query_ms, 3)],
        [r.large.toLocaleString("en"), f(r.large_job_ms, 2), f(r.large_query_ms, 3)],
      ]
    ),
    "",
    `Ratio large/small: job ${x(r.job_ratio)}, query ${x(r.query_ratio)} (goal: does not grow, ≈1×).`,
    "",
    "```sql",
    r.sql,
    "```",
    "```",
    r.plan,
    "```",
    "",
  ].join("\n")
}

function cart(r) {
  const rows = []
  for (const op of r.ops) {
    rows.push([
      `\`${op.name}\``,
      ...r.configs.map((cfg) => (op[cfg] ? `${f(op[cfg].p50)} / ${f(op[cfg].p95)}` : "n/a")),
      ...r.ratios.map((k) => x(op.ratios?.[k])),
    ])
  }
  return [
    `## 3. Cart hot path`,
    "",
    r.description,
    "",
    table(["operation", ...r.configs.map((c) => `${c} p50 / p95 ms`), ...r.ratios.map((k) => `${k} (p50)`)], rows),
    "",
  ].join("\n")
}

function receipts(r) {
  return [
    `## 4. Receipts`,
    "",
    "```",
    r.text.trim(),
    "```",
    "",
  ].join("\n")
}

function renderReport({ machine, smoke, complete = true, seconds, results }) {
  const parts = [
    `# Benchmarks`,
    "",
    ...(complete ? [] : ["**This run did not complete: the sections marked \"Not run\" are missing or failed.**", ""]),
    `Written by \`npm run bench\` (bench/run.js)${smoke ? " with --smoke (tiny sizes: not representative)" : ""}. ` +
      "Absolute times depend on the machine; the ratios are measured side by side in one run and are what to compare. " +
      "Benchmarks never fail because something is slow.",
    "",
    `- date: ${machine.date} (commit ${machine.commit}), whole run ${f(seconds / 60)} min`,
    `- machine: ${machine.nproc} cores (${machine.cpu}), load average at start ${machine.load}, node ${machine.node}`,
    `- shared machine: other engineers' test suites ran on the same 2 cores at the same time, so absolute figures are noisy.`,
    "",
    "```",
    machine.free,
    "```",
    "",
  ]
  if (results["admin-lists"]) parts.push(adminLists(results["admin-lists"]))
  else parts.push("## 1. Admin lists at scale", "", "Not run.", "")
  if (results.reconciliation) parts.push(reconciliation(results.reconciliation))
  else parts.push("## 2. Reconciliation job", "", "Not run.", "")
  if (results.cart) parts.push(cart(results.cart))
  else parts.push("## 3. Cart hot path", "", "Not run.", "")
  if (results.receipts) parts.push(receipts(results.receipts))
  else parts.push("## 4. Receipts", "", "Not run.", "")
  return parts.join("\n")
}

module.exports = { renderReport }

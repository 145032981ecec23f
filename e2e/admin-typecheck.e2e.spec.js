/**
 * The admin extensions must build with no type errors:
 * `npx tsc --noEmit -p src/admin/tsconfig.json` (Vite compiles the admin
 * without type-checking, so nothing else would catch them).
 */
const { spawnSync } = require("child_process")
const path = require("path")

const ROOT = path.resolve(__dirname, "..")

it(
  "src/admin type-checks (tsc --noEmit -p src/admin/tsconfig.json)",
  () => {
    const tsc = require.resolve("typescript/bin/tsc")
    const result = spawnSync(process.execPath, [tsc, "--noEmit", "-p", "src/admin/tsconfig.json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 4 * 60 * 1000,
    })
    const output = `${result.stdout}${result.stderr}`.trim()
    if (result.status !== 0) {
      throw new Error(`tsc exited with ${result.status ?? result.signal}:\n${output}`)
    }
    expect(output).toBe("")
  },
  5 * 60 * 1000
)

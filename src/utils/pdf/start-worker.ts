import path from "path"
import { Worker } from "worker_threads"

/**
 * Starts the render worker thread, whichever way this plugin is running:
 *
 * - compiled (`medusa plugin:build` -> .medusa/server/src/utils/pdf/*.js, what
 *   an app that installs the plugin runs): the entry is render-worker.js next
 *   to this file, and Node runs it as is;
 * - from TypeScript sources (`medusa develop` in this repo, which registers
 *   ts-node in the main thread, and jest with @swc/jest): the entry is
 *   render-worker.ts. A worker thread has its own module loader and does NOT
 *   inherit the main thread's ts-node hook or jest's transform, so a small
 *   bootstrap registers ts-node inside the worker before loading the entry.
 *   ts-node reads the plugin's tsconfig.json (found from this directory, not
 *   from the process's cwd), whose `"ts-node": { "swc": true }` makes it
 *   compile with swc, fast and without type checking.
 */

const RUNNING_FROM_TYPESCRIPT = /\.tsx?$/.test(__filename)

const TS_BOOTSTRAP = `
const { workerData } = require("worker_threads")
require(workerData.tsNode).register({
  transpileOnly: true,
  projectSearchDir: workerData.projectSearchDir,
})
require(workerData.entry)
`

/**
 * The process's Node options, minus preloads (`-r`/`--require`, `--import`,
 * `--loader`). A worker inherits the main thread's execArgv by default, so a
 * preload meant for the server (an APM agent, a dev-server hook, a script
 * that starts things) would otherwise run again inside the render worker;
 * seen with `medusa develop -- --require x.js`, where x.js ran in both
 * threads. The worker needs no preload: it loads what it needs itself.
 */
function workerExecArgv(): string[] {
  const preloads = ["-r", "--require", "--import", "--loader", "--experimental-loader"]
  const result: string[] = []
  const argv = process.execArgv
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i].split("=")[0]
    if (preloads.includes(flag)) {
      if (!argv[i].includes("=")) {
        i++ // skip the flag's value
      }
      continue
    }
    result.push(argv[i])
  }
  return result
}

export function startRenderWorker(): Worker {
  const entry = path.join(__dirname, `render-worker${path.extname(__filename)}`)
  const execArgv = workerExecArgv()

  if (!RUNNING_FROM_TYPESCRIPT) {
    return new Worker(entry, { execArgv })
  }

  let tsNode: string
  try {
    tsNode = require.resolve("ts-node")
  } catch {
    throw new Error(
      `PDF rendering runs from TypeScript sources (${__filename}) but ts-node cannot be resolved to compile its worker; install ts-node or run the compiled plugin`
    )
  }
  return new Worker(TS_BOOTSTRAP, {
    eval: true,
    execArgv,
    workerData: { tsNode, entry, projectSearchDir: __dirname },
  })
}

// Preloaded (node --require) by a test into a process that renders a PDF: a
// worker thread inherits the main thread's execArgv unless told otherwise,
// and the render worker must not run the process's preloads.
const { isMainThread } = require("worker_threads")
if (!isMainThread) {
  throw new Error("a --require preload of the main process ran in the PDF render worker")
}

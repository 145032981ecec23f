/**
 * Jest's default order (by last run's durations, or by file size on a fresh
 * checkout such as CI's) started the deposit race suite, a small file that
 * runs for a quarter of an hour, last: the other worker sat idle while it
 * ran alone. Suites known to be slow go first so that, with two workers,
 * everything else runs beside them.
 */
const Sequencer = require("@jest/test-sequencer").default

const SLOW_SUITES = ["item-deposit-races.spec.ts", "routes-fuzz.spec.ts", "routes-access-matrix.spec.ts"]

const rank = (test) => {
  const i = SLOW_SUITES.findIndex((name) => test.path.endsWith(`/${name}`))
  return i === -1 ? SLOW_SUITES.length : i
}

class SlowSuitesFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    // Array.prototype.sort is stable: the rest keep jest's own order.
    return [...sorted].sort((a, b) => rank(a) - rank(b))
  }
}

module.exports = SlowSuitesFirst

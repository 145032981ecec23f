/**
 * Shared between the tests and the test app's own code
 * (integration-tests/app/src): both run in the jest process, so a global is
 * how a test arms a failure or reads the events a subscriber saw.
 */
type TestHooks = {
  failures: Set<string>
  events: { name: string; data: any }[]
}

export function testHooks(): TestHooks {
  const g = globalThis as any
  g.__buybackTestHooks ??= { failures: new Set(), events: [] }
  return g.__buybackTestHooks
}

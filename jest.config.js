const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true, decorators: true },
        transform: { react: { runtime: "automatic" } },
      },
    },
  ],
}

// The built plugin lives in .medusa/: tests must not be collected from it,
// but the app under test must still be able to load it (so it is not in
// modulePathIgnorePatterns).
const common = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "jsx", "ts", "tsx", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/\\.medusa/"],
}

module.exports = {
  testSequencer: "<rootDir>/integration-tests/slow-suites-first.js",
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s?(x)"],
    },
    {
      ...common,
      displayName: "modules",
      testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, "\\.unit\\.spec\\."],
      setupFiles: ["<rootDir>/integration-tests/setup.js"],
    },
    {
      ...common,
      displayName: "http",
      testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
      setupFiles: ["<rootDir>/integration-tests/setup.js"],
    },
    {
      // Starts `npm run dev` (scripts/dev.js) for real; minutes per test, so
      // the timeout is set in the spec (testTimeout is not a project option).
      ...common,
      displayName: "dev",
      testMatch: ["<rootDir>/integration-tests/dev/**/*.spec.[jt]s"],
    },
    {
      // The admin in a real browser (Debian's Chromium via playwright-core)
      // against `node scripts/dev.js`: `npm run test:e2e`. Not part of a
      // plain `npm test` (scripts/test.js leaves it out unless selected).
      // Timeouts are set per test in e2e/helpers/suite.js (minutes each).
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/e2e/**/*.e2e.spec.[jt]s"],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, "/e2e/\\.run/", "/e2e/artifacts/"],
    },
  ],
}

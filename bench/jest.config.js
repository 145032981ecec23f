/**
 * The benchmark suite's jest config (`npm run bench`, via bench/run.js). It is
 * not a project of the root jest.config.js, so `npm test` never runs it.
 */
const { loadEnv } = require("@medusajs/framework/utils")
const path = require("path")
loadEnv("test", path.resolve(__dirname, ".."))

module.exports = {
  rootDir: path.resolve(__dirname, ".."),
  displayName: "bench",
  testMatch: ["<rootDir>/bench/**/*.bench.spec.[jt]s"],
  testPathIgnorePatterns: ["/node_modules/", "/\\.medusa/"],
  testEnvironment: "node",
  moduleFileExtensions: ["js", "jsx", "ts", "tsx", "json"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true, decorators: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true }, diagnostics: false }]
  },
  // ESM-only packages that CommonJS code under test requires
  transformIgnorePatterns: ["/node_modules/(?!(.*/)?(uuid|strip-bom)/)"],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/scripts/jest-summary.js"]
};

// Three tiers (STYLE.md §11). scripts/test.mjs picks which run and on what infrastructure.
const preset = require('./jest.preset');
const roots = ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/tests'];

module.exports = {
  projects: [
    { ...preset, displayName: 'unit', roots, testMatch: ['**/*.spec.ts'] },
    {
      ...preset,
      displayName: 'integration',
      roots,
      testMatch: ['**/*.integration-spec.ts'],
      // Jest ignores `testTimeout` inside a project: the setup file sets the tier's timeout.
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/jest/integration-timeout.ts'],
    },
    {
      ...preset,
      displayName: 'e2e',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/jest/e2e-timeout.ts'],
    },
  ],
};

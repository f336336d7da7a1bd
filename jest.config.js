// Three projects: unit (pure logic), integration (real server and socket.io clients), e2e (Chromium).
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

module.exports = async () => {
  const base = await createJestConfig({
    testEnvironment: 'node',
    moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  })();
  const project = (name, extra = {}) => ({
    ...base,
    displayName: name,
    testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`, `<rootDir>/tests/${name}/**/*.test.tsx`],
    ...extra,
  });
  return {
    projects: [
      project('unit'),
      project('integration', { globalSetup: '<rootDir>/tests/support/global-setup.ts' }),
      project('e2e', { globalSetup: '<rootDir>/tests/support/global-setup.ts' }),
    ],
    // Servers and browsers are heavy; two cores want few workers.
    maxWorkers: process.env.CI ? 2 : '50%',
  };
};

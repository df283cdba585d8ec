// Jest reads `testTimeout` from the global config only, not per project: each tier sets its own here.
// An e2e file boots the whole system (five databases, five apps) and drops it again.
jest.setTimeout(60_000);

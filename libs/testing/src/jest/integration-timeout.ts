// Jest reads `testTimeout` from the global config only, not per project: each tier sets its own here.
// Integration tests boot a service on a fresh database (migrations, DROP DATABASE on a busy server).
jest.setTimeout(30_000);

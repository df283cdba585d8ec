import { scaledMs } from '../timing/test-time';

// Jest reads `testTimeout` from the global config only, not per project: each tier sets its own here.
// Integration tests boot a service on a fresh database (migrations, DROP DATABASE on a busy server).
// Generous, and scaled by LT_TEST_TIME_SCALE: a slow machine must not turn a correct run red.
jest.setTimeout(scaledMs(60_000));

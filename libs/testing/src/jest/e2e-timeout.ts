import { scaledMs } from '../timing/test-time';

// Jest reads `testTimeout` from the global config only, not per project: each tier sets its own here.
// An e2e file boots the whole system (five databases, five apps) and drops it again.
// Scaled by LT_TEST_TIME_SCALE: a slow machine must not turn a correct run red.
jest.setTimeout(scaledMs(60_000));

import { connect } from 'nats';
import { testEnv } from '../test-env';

/**
 * Deletes the JetStream streams (and their durable consumers) whose names start with the
 * upper-cased `subjectPrefix` — what `JetStreamFactStream` created for it. Refuses a prefix
 * that is not this run's: JetStream on the machine is shared. No-op without NATS.
 */
export async function deleteTestStreams(subjectPrefix: string): Promise<string[]> {
  const natsUrl = testEnv.natsUrl();
  if (!natsUrl) return [];
  const prefix = subjectPrefix.toUpperCase().replace(/[^A-Z0-9_-]/g, '_');
  if (!prefix.startsWith(testEnv.runId().toUpperCase())) throw new Error(`Refusing to delete streams with prefix "${subjectPrefix}"`);
  const nc = await connect({ servers: natsUrl, name: 'lt-test-streams' });
  try {
    const jsm = await nc.jetstreamManager();
    const names: string[] = [];
    for await (const info of jsm.streams.list()) if (info.config.name.startsWith(prefix)) names.push(info.config.name);
    await Promise.all(names.map((name) => jsm.streams.delete(name)));
    return names;
  } finally {
    await nc.close();
  }
}

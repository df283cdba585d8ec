import type { NatsConnection } from 'nats';
import type { Logger } from '../../observability/logger';
import { eventsStreamName } from './event-subjects';
import { JetStreamFactStream } from './jetstream-fact-stream';

const apiError = (code: number) => Object.assign(new Error(`api error ${code}`), { api_error: { err_code: code } });

/** A JetStream whose `streams.add` answers the given outcomes in turn (an error code, or 'ok'). */
function streamWith(addOutcomes: (number | 'ok')[]) {
  const add = jest.fn(async () => {
    const outcome = addOutcomes.shift();
    if (outcome !== 'ok') throw apiError(outcome ?? 0);
    return {};
  });
  const jsm = { streams: { info: jest.fn(async () => Promise.reject(apiError(10059))), add } };
  const connection = { jetstream: () => ({}), jetstreamManager: async () => jsm } as unknown as NatsConnection;
  const logger = { warn: jest.fn() } as unknown as Logger;
  return { stream: new JetStreamFactStream({ connection, logger }), add, warn: logger.warn as jest.Mock };
}

describe('JetStreamFactStream.ensureStream', () => {
  it('creates the stream again when the server could not create its store (10077), and warns each time', async () => {
    const { stream, add, warn } = streamWith([10077, 10077, 'ok']);
    await expect(stream.ensureStream('members')).resolves.toBe(eventsStreamName('members'));
    expect(add).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('gives up after five attempts with the server error', async () => {
    const { stream, add } = streamWith([10077, 10077, 10077, 10077, 10077, 'ok']);
    await expect(stream.ensureStream('members')).rejects.toMatchObject({ api_error: { err_code: 10077 } });
    expect(add).toHaveBeenCalledTimes(5);
  });

  it('takes a stream another replica created meanwhile (10058) as created, and does not retry other errors', async () => {
    const raced = streamWith([10077, 10058]);
    await expect(raced.stream.ensureStream('members')).resolves.toBe(eventsStreamName('members'));
    expect(raced.add).toHaveBeenCalledTimes(2);
    const refused = streamWith([10052]);
    await expect(refused.stream.ensureStream('members')).rejects.toMatchObject({ api_error: { err_code: 10052 } });
    expect(refused.add).toHaveBeenCalledTimes(1);
  });
});

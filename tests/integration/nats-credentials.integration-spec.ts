import { createRuntime } from '@lienthong/platform';
import { NatsServerProcess, natsServerBinary, TEST_AUTH_CONTEXT_KEY } from '@lienthong/testing';

/**
 * In Kubernetes each service logs in to NATS as its own user (k8s/prerequisites). The
 * `<SVC>_NATS_USER` / `<SVC>_NATS_PASSWORD` settings must reach the connection.
 */
const maybe = natsServerBinary() || process.env.REQUIRE_NATS === '1' ? describe : describe.skip;

maybe('NATS credentials from configuration', () => {
  let server: NatsServerProcess;
  const opened: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    server = await NatsServerProcess.start(['--user', 'members', '--pass', 'đúng-mật-khẩu-0123']);
  });
  afterAll(async () => {
    await Promise.all(opened.map((t) => t.close()));
    await server?.stop();
  });

  const runtime = (natsUser?: string, natsPassword?: string) =>
    createRuntime({ name: 'members', natsUrl: server.url, natsUser, natsPassword, authContextPublicKeys: TEST_AUTH_CONTEXT_KEY.publicKeys, logLevel: 'error' });

  it('connects with the configured user and password', async () => {
    const { transport, events } = await runtime('members', 'đúng-mật-khẩu-0123');
    // The runtime's JetStream connection too: left open, it kept jest from exiting.
    opened.push(transport, ...(events ? [events.stream] : []));
    expect(transport.isConnected()).toBe(true);
  });

  it.each([
    ['a wrong password', 'members', 'sai'],
    ['no credentials', undefined, undefined],
  ])('refuses to start with %s', async (_label, user, password) => {
    await expect(runtime(user, password)).rejects.toThrow(/Authorization Violation|AUTHORIZATION_VIOLATION/i);
  });
});

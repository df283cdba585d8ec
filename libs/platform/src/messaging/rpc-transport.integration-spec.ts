import { SUBJECTS, type Subject } from '@lienthong/contracts';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { Ed25519AuthContextSigner, Ed25519AuthContextVerifier } from '../auth-context/ed25519-auth-context';
import { systemClaims } from '../auth-context/system-actor';
import { requestContext } from '../auth-context/request-context';
import { DomainError } from '../errors/domain-error';
import { JsonLogger } from '../observability/logger';
import { createAppMetrics } from '../observability/metrics';
import { InProcessTransport } from './in-process-transport';
import { NatsTransport } from './nats-transport';
import { encodeJson } from './rpc-codec';
import { RpcServer } from './rpc-server';
import { RPC_HEADERS, type RpcTransport } from './rpc-transport';
import { ServiceClient, type CallContext } from './service-client';

/**
 * One contract, two transports: everything here must hold for NATS and for the
 * in-process twin alike. NATS runs when the test runner found it (LT_TEST_NATS_URL).
 */
const KEY = { kid: 'contract', ...generateKeyPairSync('ed25519') };
const logger = new JsonLogger({ app: 'contract-test' }, 'error', () => undefined);
const natsUrl = process.env.LT_TEST_NATS_URL;
const prefix = () => `ct${randomBytes(4).toString('hex')}`;

const factories: [string, () => Promise<RpcTransport>][] = [
  ['in-process', async () => new InProcessTransport({ subjectPrefix: prefix() })],
  ...(natsUrl
    ? ([['nats', () => NatsTransport.connect({ servers: natsUrl, name: 'contract-test', subjectPrefix: prefix(), logger })]] as [
        string,
        () => Promise<RpcTransport>,
      ][])
    : []),
];

class EchoRequest {
  @IsString()
  text: string;

  @IsInt()
  @Min(0)
  @Max(5_000)
  delayMs: number;
}

const ECHO = SUBJECTS.members.orgGet as Subject; // any constant subject: the prefix isolates the run
const BIG = SUBJECTS.members.orgSearch as Subject;

class EchoClient extends ServiceClient {
  constructor(transport: RpcTransport, timeoutMs: number) {
    super(transport, timeoutMs);
  }
  echo(payload: object, context: CallContext): Promise<{ text: string; correlationId: string; actor: string; served: string }> {
    return this.call(ECHO, payload, context);
  }
  big(context: CallContext): Promise<string> {
    return this.call(BIG, { text: 'x', delayMs: 0 }, context);
  }
}

describe.each(factories)('RPC over the %s transport', (_name, makeTransport) => {
  const auth = new Ed25519AuthContextSigner({ kid: KEY.kid, key: KEY.privateKey });
  const verifier = new Ed25519AuthContextVerifier(new Map([[KEY.kid, KEY.publicKey]]));
  let transport: RpcTransport;
  let servers: RpcServer[];

  const context = (over: Partial<CallContext> = {}): CallContext => ({
    authToken: auth.sign(systemClaims('test')),
    correlationId: 'corr-1',
    language: 'vi',
    ...over,
  });

  function startServer(label: string): RpcServer {
    const server = new RpcServer({ transport, queue: 'contract', verifier, logger, metrics: createAppMetrics(label, false) });
    server.register({
      subject: ECHO,
      requestType: EchoRequest,
      access: { permission: 'test:echo', scope: 'none' },
      handle: async (payload: EchoRequest, ctx) => {
        await new Promise((r) => setTimeout(r, payload.delayMs));
        if (payload.text === 'boom') throw new Error('secret internals: SELECT * FROM users');
        if (payload.text === 'rule') throw new DomainError('MEMBERS.ORG_CLOSED', 'closed');
        return { text: payload.text, correlationId: requestContext.correlationId() ?? '', actor: ctx.auth.actor.id, served: label };
      },
    });
    server.register({ subject: BIG, requestType: EchoRequest, access: { permission: 'system', scope: 'none' }, handle: async () => 'x'.repeat(transport.maxPayloadBytes + 10) });
    server.start();
    servers.push(server);
    return server;
  }

  beforeEach(async () => {
    transport = await makeTransport();
    servers = [];
  });

  afterEach(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await transport.close();
  });

  it('carries payload, correlation id and the verified actor to the handler and back', async () => {
    startServer('a');
    const reply = await new EchoClient(transport, 2_000).echo({ text: 'Chi bộ Vụ Tổng hợp', delayMs: 0 }, context());
    expect(reply).toEqual({ text: 'Chi bộ Vụ Tổng hợp', correlationId: 'corr-1', actor: 'system:test', served: 'a' });
  });

  it('shares the load inside a queue group: each request is answered once', async () => {
    startServer('a');
    startServer('b');
    const client = new EchoClient(transport, 2_000);
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => client.echo({ text: `m${i}`, delayMs: 0 }, context())));
    expect(replies.map((r) => r.text).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `m${i}`).sort());
    const served = new Set(replies.map((r) => r.served));
    expect(served).toEqual(new Set(['a', 'b']));
  });

  it('answers SERVICE_UNAVAILABLE at once when nobody serves the subject', async () => {
    const started = Date.now();
    await expect(new EchoClient(transport, 3_000).echo({ text: 'x', delayMs: 0 }, context())).rejects.toMatchObject({
      code: 'COMMON.SERVICE_UNAVAILABLE',
    });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('answers TIMEOUT when the handler is slower than the request timeout', async () => {
    startServer('a');
    await expect(new EchoClient(transport, 200).echo({ text: 'slow', delayMs: 1_000 }, context())).rejects.toMatchObject({
      code: 'COMMON.TIMEOUT',
    });
  });

  it('refuses a request over the payload limit before sending it', async () => {
    startServer('a');
    const huge = 'x'.repeat(transport.maxPayloadBytes + 1);
    await expect(new EchoClient(transport, 2_000).echo({ text: huge, delayMs: 0 }, context())).rejects.toMatchObject({
      code: 'COMMON.PAYLOAD_TOO_LARGE',
    });
  });

  it('answers PAYLOAD_TOO_LARGE when the reply would exceed the limit', async () => {
    startServer('a');
    await expect(new EchoClient(transport, 2_000).big(context())).rejects.toMatchObject({ code: 'COMMON.PAYLOAD_TOO_LARGE' });
  });

  it('returns validation details in the caller language, refusing unknown fields', async () => {
    startServer('a');
    const error = (await new EchoClient(transport, 2_000).echo({ text: 5, delayMs: -1, extra: true }, context()).catch((e: unknown) => e)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('COMMON.VALIDATION_FAILED');
    expect(error.details?.map((d) => d.field).sort()).toEqual(['delayMs', 'extra', 'text']);
    expect(error.details?.find((d) => d.field === 'text')?.message).toBe('text: phải là chuỗi ký tự');
  });

  it('passes domain errors through as data and hides unexpected ones', async () => {
    startServer('a');
    const client = new EchoClient(transport, 2_000);
    await expect(client.echo({ text: 'rule', delayMs: 0 }, context())).rejects.toMatchObject({ code: 'MEMBERS.ORG_CLOSED' });
    const hidden = (await client.echo({ text: 'boom', delayMs: 0 }, context()).catch((e: unknown) => e)) as DomainError;
    expect(hidden.code).toBe('COMMON.INTERNAL');
    expect(hidden.message).not.toContain('SELECT');
  });

  it('refuses missing, forged and stale auth contexts', async () => {
    startServer('a');
    const client = new EchoClient(transport, 2_000);
    const forged = new Ed25519AuthContextSigner({ kid: KEY.kid, key: generateKeyPairSync('ed25519').privateKey }).sign(systemClaims('x'));
    const stale = new Ed25519AuthContextSigner({ kid: KEY.kid, key: KEY.privateKey }, () => Date.now() - 10 * 60_000).sign(systemClaims('x'));
    for (const authToken of ['', 'garbage', forged, stale]) {
      await expect(client.echo({ text: 'x', delayMs: 0 }, context({ authToken }))).rejects.toMatchObject({ code: 'AUTH.CONTEXT_INVALID' });
    }
  });

  it('refuses a caller without the declared permission with FORBIDDEN, and machine-only subjects to every user', async () => {
    startServer('a');
    const client = new EchoClient(transport, 2_000);
    const user = (permissions: string[]) =>
      context({ authToken: auth.sign({ ...systemClaims('x'), actor: { type: 'user', id: 'u1', name: 'U' }, roles: ['office'], permissions, scopeOrgId: null }) });
    await expect(client.echo({ text: 'x', delayMs: 0 }, user(['members:read']))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    await expect(client.echo({ text: 'x', delayMs: 0 }, user(['test:echo']))).resolves.toMatchObject({ actor: 'u1' });
    // BIG is declared `system`: a user holding a permission literally named so is still refused.
    await expect(client.big(user(['system', 'test:echo']))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    // The wildcard is the system actor's alone: a user context carrying it is refused outright, even signed.
    await expect(client.big(user(['*']))).rejects.toMatchObject({ code: 'AUTH.CONTEXT_INVALID' });
    await expect(client.echo({ text: 'x', delayMs: 0 }, user(['*']))).rejects.toMatchObject({ code: 'AUTH.CONTEXT_INVALID' });
    expect(servers[0].accessRules()).toEqual({ [ECHO]: { permission: 'test:echo', scope: 'none' }, [BIG]: { permission: 'system', scope: 'none' } });
  });

  it('answers malformed bytes with a validation error, not a crash', async () => {
    startServer('a');
    const reply = await transport.request(ECHO, new Uint8Array([0xff, 0xfe, 0x00]), {
      timeoutMs: 2_000,
      headers: { [RPC_HEADERS.auth]: auth.sign(systemClaims('t')), [RPC_HEADERS.correlationId]: 'c' },
    });
    expect(JSON.parse(Buffer.from(reply.data).toString('utf8'))).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION_FAILED' } });
    expect(encodeJson({}).length).toBe(2);
  });

  it('stops answering once the server stops, and fails fast once the transport is closed', async () => {
    const server = startServer('a');
    await server.stop();
    await expect(new EchoClient(transport, 2_000).echo({ text: 'x', delayMs: 0 }, context())).rejects.toMatchObject({
      code: 'COMMON.SERVICE_UNAVAILABLE',
    });
  });
});

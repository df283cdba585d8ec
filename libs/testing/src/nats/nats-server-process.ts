import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect as tcpConnect, createServer } from 'node:net';

/** Debian's nats-server; LT_NATS_SERVER_BIN points elsewhere. */
export function natsServerBinary(): string | undefined {
  const path = process.env.LT_NATS_SERVER_BIN ?? '/usr/sbin/nats-server';
  return existsSync(path) ? path : undefined;
}

/**
 * A private nats-server for tests that must kill and restart NATS (core only, loopback,
 * its own port), so that the shared server of the machine is never touched.
 */
export class NatsServerProcess {
  private child?: ChildProcess;

  private constructor(
    private readonly binary: string,
    readonly port: number,
    private readonly extraArgs: string[],
  ) {}

  /** `extraArgs` go to nats-server as they are, e.g. `['--user', 'members', '--pass', '…']`. */
  static async start(extraArgs: string[] = []): Promise<NatsServerProcess> {
    const binary = natsServerBinary();
    if (!binary) throw new Error('nats-server is not installed (set LT_NATS_SERVER_BIN)');
    const server = new NatsServerProcess(binary, await freePort(), extraArgs);
    await server.startProcess();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** Kill it hard, as a crash would. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Start again on the same port. */
  async restart(): Promise<void> {
    await this.kill();
    await this.startProcess();
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  private async startProcess(): Promise<void> {
    const child = spawn(this.binary, ['-a', '127.0.0.1', '-p', String(this.port), ...this.extraArgs], { stdio: 'ignore' });
    this.child = child;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode} on port ${this.port}`);
      if (await accepts(this.port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`nats-server did not listen on ${this.port} within 10 s`);
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

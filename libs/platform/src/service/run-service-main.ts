import { ConfigError } from '../config/load-config';
import type { ServiceRuntime } from './create-service-app';

export interface Closable {
  close(): Promise<void>;
}

/**
 * The body of every `main.ts`: build, then shut down in order on SIGTERM/SIGINT. A bad
 * setting stops the boot with the message naming it, and no stack trace.
 */
export function runServiceMain(name: string, build: () => Promise<{ app: Closable; runtime: ServiceRuntime }>): void {
  build().then(
    ({ app, runtime }) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        runtime.logger.info('Shutting down', { signal });
        void app
          .close()
          .then(() => runtime.events?.stream.close())
          .then(() => runtime.transport.close())
          .then(
            () => process.exit(0),
            (error: unknown) => {
              runtime.logger.error('Unclean shutdown', { error: String(error) });
              process.exit(1);
            },
          );
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    },
    (error: unknown) => {
      if (error instanceof ConfigError) process.stderr.write(`${name}: ${error.message}\n`);
      else process.stderr.write(`${name}: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

// A consumer process for the crash spec: applies `widgets` events from the pg-bus into the
// widget/effect tables, printing `tx <event id>` inside each transaction (after the side effect,
// before the commit) so the parent can SIGKILL it there. Compiled by the spec, run with node.
import { createDataSource, EventConsumer, JsonLogger, PgBusFactStream, upsertIfNewer } from '@lienthong/platform';
import { IsString, MaxLength } from 'class-validator';

class ChildWidgetPayload {
  @IsString()
  @MaxLength(100)
  name!: string;
}

async function main(): Promise<void> {
  const [dbUrl, busUrl, group] = process.argv.slice(2) as [string, string, string];
  const logger = new JsonLogger({ app: 'consumer-child' }, 'error', (line) => process.stderr.write(`${line}\n`));
  const dataSource = createDataSource({ service: 'widgets', url: dbUrl, entities: [], migrations: [], poolSize: 3 });
  await dataSource.initialize();
  const stream = await PgBusFactStream.connect({ url: busUrl, logger, pollIntervalMs: 20, standbyRetryMs: 50, redeliveryDelayMs: () => 5 });
  const consumer = new EventConsumer({ group, source: 'widgets', dataSource, stream, logger, replayPollMs: 0, backoff: { initialMs: 1, maxMs: 5 } });
  consumer.handle('widgets.widget.changed.v1', ChildWidgetPayload, async (event, manager) => {
    await manager.query(`INSERT INTO effect (consumer_group, event_id, aggregate_id, version) VALUES ($1, $2, $3, $4)`, [group, event.id, event.aggregateId, event.aggregateVersion]);
    await upsertIfNewer(manager, 'widget', event.aggregateId, event.aggregateVersion, { name: event.payload.name });
    process.stdout.write(`tx ${event.id}\n`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  });
  await consumer.start();
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`consumer-child: ${String(error)}\n`);
  process.exit(1);
});

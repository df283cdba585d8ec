import type { ActorRef, Page } from '@lienthong/contracts';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import type { Logger } from '../observability/logger';
import { JobClaimer } from './job-claimer';
import type { JobDefinition, JobRunView } from './job-definition';
import { JOB_STATUSES } from './job-definition';
import { describeJobError } from './job-errors';
import { JobExecution } from './job-execution';
import { resolveJobRunnerSettings, type JobRunnerSettings } from './job-runner.settings';
import { JobRunRepository, type JobRunFilter } from './job-run.repository';
import { JobScheduler, validateScheduleSpec } from './job-scheduler';

export interface JobRunnerOptions {
  dataSource: DataSource;
  /** The owning service (`members`): names the system actor jobs act as. */
  service: string;
  logger: Logger;
  jobs?: readonly JobDefinition<unknown, unknown>[];
  settings?: Partial<JobRunnerSettings>;
}

export interface EnqueueOptions {
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** The organisation the run belongs to, for scope checks by whoever lists runs. */
  ownerOrgId?: string;
}

type AnyJobDefinition = JobDefinition<unknown, unknown>;

const JOB_NAME = /^[a-z][a-z0-9.-]{1,99}$/;

/**
 * Runs a service's jobs from its own database; several replicas may each run one. The API
 * (enqueue, get, list, cancel) is transport-free: HTTP or RPC handlers wrap it later.
 * Lifecycle: register definitions, `start()`, … `stop()` (running jobs are asked to stop at a
 * safe point and handed over; another replica resumes them from their checkpoint).
 */
export class JobRunner {
  readonly settings: JobRunnerSettings;
  private readonly definitions = new Map<string, AnyJobDefinition>();
  private readonly repository: JobRunRepository;
  private readonly scheduler: JobScheduler;
  private readonly claimer: JobClaimer;
  private readonly executions = new Map<string, { execution: JobExecution; done: Promise<void> }>();
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private tickAgain = false;
  private started = false;
  private stopping = false;
  private lastTickError: { text: string; at: number } | undefined;

  constructor(private readonly options: JobRunnerOptions) {
    this.settings = resolveJobRunnerSettings(options.settings);
    this.logger = options.logger.child({ component: 'jobs', runner: this.settings.runnerId });
    this.repository = new JobRunRepository(options.dataSource);
    this.scheduler = new JobScheduler(options.dataSource, this.logger);
    this.claimer = new JobClaimer(options.dataSource, this.definitions, this.settings, this.logger);
    for (const definition of options.jobs ?? []) this.register(definition);
  }

  /** Adds a job; before `start()` (a feature module's onModuleInit) or after. */
  register<P, C>(definition: JobDefinition<P, C>): void {
    if (!JOB_NAME.test(definition.name)) throw new Error(`Invalid job name "${definition.name}"`);
    if (this.definitions.has(definition.name)) throw new Error(`Job "${definition.name}" is registered twice`);
    for (const spec of definition.schedules ?? []) validateScheduleSpec(definition.name, spec);
    this.definitions.set(definition.name, definition);
    if (this.started) void this.scheduler.sync([definition]).catch((error) => this.logTickError(error));
  }

  jobNames(): string[] {
    return [...this.definitions.keys()];
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (!this.settings.enabled) return;
    await this.scheduler.sync(this.definitions.values());
    this.wake();
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
    const running = [...this.executions.values()];
    for (const { execution } of running) execution.stop('shutdown');
    const allDone = Promise.all(running.map((r) => r.done));
    const grace = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), this.settings.stopGraceMs).unref());
    if ((await Promise.race([allDone.then(() => 'done' as const), grace])) === 'late') {
      this.logger.warn('Jobs did not stop in time; dropping their locks', { runs: [...this.executions.keys()] });
      await Promise.all([...this.executions.values()].map(({ execution }) => execution.abandon()));
    }
  }

  /** Runs executing in this process now. */
  runningRunIds(): string[] {
    return [...this.executions.keys()];
  }

  async enqueue(jobName: string, params: unknown, actor: ActorRef | null, options: EnqueueOptions = {}): Promise<JobRunView> {
    const definition = this.definitions.get(jobName);
    if (!definition) throw invalid('jobName', 'unknownJob', `jobName: no job "${jobName}" in this service`);
    const parsed = definition.parseParams ? definition.parseParams(params) : params ?? {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid('params', 'notAnObject', 'params: must be an object');
    const view = await this.repository.insert({ jobName, params: parsed as Record<string, unknown>, requestedBy: actor, ...options });
    this.wake();
    return view;
  }

  async get(id: string): Promise<JobRunView> {
    const view = await this.repository.find(id);
    if (!view) throw new DomainError('COMMON.NOT_FOUND', 'Job run not found');
    return view;
  }

  list(filter: JobRunFilter = {}): Promise<Page<JobRunView>> {
    if (filter.status !== undefined && !JOB_STATUSES.includes(filter.status)) {
      throw invalid('status', 'invalidStatus', `status: one of ${JOB_STATUSES.join(', ')}`);
    }
    return this.repository.list(filter);
  }

  async cancel(id: string, actor: ActorRef): Promise<JobRunView> {
    const view = await this.repository.requestCancel(id, actor);
    this.executions.get(id)?.execution.stop('cancelled');
    return view;
  }

  /** The operator's switch for a schedule (a row in job_schedule). */
  async setScheduleEnabled(name: string, enabled: boolean): Promise<void> {
    if (!(await this.scheduler.setEnabled(name, enabled))) throw new DomainError('COMMON.NOT_FOUND', 'Job schedule not found');
  }

  /** Polls now instead of at the next interval (after an enqueue or a finished run). */
  wake(): void {
    if (!this.started || this.stopping || !this.settings.enabled) return;
    if (this.ticking) {
      this.tickAgain = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.ticking = this.tick().finally(() => {
      this.ticking = undefined;
      if (this.stopping) return;
      if (this.tickAgain) {
        this.tickAgain = false;
        this.wake();
      } else {
        this.timer = setTimeout(() => this.wake(), this.settings.pollIntervalMs);
      }
    });
  }

  private async tick(): Promise<void> {
    try {
      await this.scheduler.enqueueDue(this.jobNames());
      while (!this.stopping && this.executions.size < this.settings.concurrency) {
        const claim = await this.claimer.claimNext();
        if (!claim) break;
        const definition = this.definitions.get(claim.jobName) as AnyJobDefinition;
        const execution = new JobExecution(claim, definition, this.options.dataSource, this.settings, this.options.service, this.logger);
        const done = execution
          .execute()
          .catch((error) => this.logger.error('Job execution crashed', { runId: claim.id, error: describeJobError(error) }))
          .finally(() => {
            this.executions.delete(claim.id);
            this.wake();
          });
        this.executions.set(claim.id, { execution, done });
      }
    } catch (error) {
      this.logTickError(error);
    }
  }

  /** Once a minute per distinct error: a missing table or a database outage must not flood the log. */
  private logTickError(error: unknown): void {
    if (this.stopping) return;
    const text = describeJobError(error);
    const now = Date.now();
    if (text === this.lastTickError?.text && now - this.lastTickError.at < 60_000) return;
    this.lastTickError = { text, at: now };
    this.logger.error('Job runner poll failed', { error: text });
  }
}

function invalid(field: string, code: string, message: string): DomainError {
  return new DomainError('COMMON.VALIDATION_FAILED', message, [{ field, code, message }]);
}

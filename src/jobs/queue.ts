/**
 * The job queue port. Flows register handlers by kind and enqueue work; a singleton key keeps one
 * connection's sync from being queued twice. Implemented on pg-boss for both engines (it runs over
 * PGlite in process, and over Postgres shared by many worker processes).
 */
export interface JobContext {
  readonly jobId: string;
  /** How many times this job was tried before (0 on the first try). */
  readonly retryCount: number;
  /** Aborted when the process stops: a long job ends at its next safe point and is taken up again later. */
  readonly stopping: AbortSignal;
}

export type JobHandler<T> = (data: T, ctx: JobContext) => Promise<void>;

export interface QueueDefinition {
  /** Retries after a failure, with backoff; a crashed worker's job is retried after `expireInSeconds`. */
  readonly retryLimit?: number;
  readonly expireInSeconds?: number;
  /** `stately`: at most one queued and one running job per singleton key. */
  readonly policy?: "standard" | "stately";
}

export interface EnqueueOptions {
  readonly singletonKey?: string;
  readonly startAfter?: Date;
}

export interface JobQueue {
  /** Declares a kind of job; `work` (set at start) decides whether this process also runs them. */
  register<T extends object>(kind: string, handler: JobHandler<T>, def?: QueueDefinition): Promise<void>;
  /** Returns the job id, or null when a job with the same singleton key is already waiting. */
  enqueue<T extends object>(kind: string, data: T, opts?: EnqueueOptions): Promise<string | null>;
  /** Starts taking jobs, when the queue was created to defer work until start-up is complete. */
  startWorking(): Promise<void>;
  /** A cron schedule for a kind (one per kind), run by exactly one of the processes that work jobs. */
  schedule(kind: string, cron: string): Promise<void>;
  stop(): Promise<void>;
}

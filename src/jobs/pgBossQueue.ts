import PgBoss from "pg-boss";
import type { Db } from "../store/db.js";
import type { EnqueueOptions, JobHandler, JobQueue, QueueDefinition } from "./queue.js";

export interface PgBossQueueOptions {
  readonly db: Db;
  /** Whether this process works jobs (`serve` with jobs on, `worker`), or only enqueues (`serve` alone). */
  readonly work: boolean;
  readonly pollingIntervalSeconds?: number;
  /** Register handlers now but take no job until `startWorking()` (so start-up can finish first). */
  readonly deferWork?: boolean;
  readonly onError?: (e: Error) => void;
}

/** pg-boss through our `Db` port, so the same queue runs over PGlite and Postgres. */
function bossDb(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      try {
        return { rows: await db.query(text, values ?? []) };
      } catch (e) {
        // pg-boss sends its schema migrations as several statements without parameters, which PGlite
        // runs only through exec(); they return no rows that pg-boss reads.
        if (values?.length || !/multiple commands/i.test(String((e as Error).message))) throw e;
        await db.exec(text);
        return { rows: [] };
      }
    },
  };
}

export async function createPgBossQueue(opts: PgBossQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    db: bossDb(opts.db),
    schema: "pgboss",
    supervise: opts.work,
    schedule: opts.work,
    migrate: true,
  });
  boss.on("error", (e) => opts.onError?.(e));
  await boss.start();
  const polling = opts.pollingIntervalSeconds ?? 1;
  const pending: (() => Promise<unknown>)[] = [];
  let working = !opts.deferWork;
  const stopping = new AbortController();

  return {
    async register<T extends object>(kind: string, handler: JobHandler<T>, def: QueueDefinition = {}) {
      await boss.createQueue(kind, {
        name: kind,
        policy: def.policy ?? "standard",
        retryLimit: def.retryLimit ?? 3,
        retryBackoff: true,
        expireInSeconds: def.expireInSeconds ?? 15 * 60,
      });
      if (!opts.work) return;
      const workOpts = { pollingIntervalSeconds: polling, batchSize: 1, includeMetadata: true as const };
      const attach = () =>
        boss.work<T>(kind, workOpts, async (jobs) => {
          for (const job of jobs)
            await handler(job.data, { jobId: job.id, retryCount: job.retryCount, stopping: stopping.signal });
        });
      if (working) await attach();
      else pending.push(attach);
    },
    async startWorking() {
      working = true;
      for (const attach of pending.splice(0)) await attach();
    },
    async enqueue<T extends object>(kind: string, data: T, o: EnqueueOptions = {}) {
      const send: PgBoss.SendOptions = {};
      if (o.singletonKey) send.singletonKey = o.singletonKey;
      if (o.startAfter) send.startAfter = o.startAfter;
      return boss.send(kind, data, send);
    },
    async schedule(kind: string, cron: string) {
      await boss.schedule(kind, cron, {}, { tz: "UTC" });
    },
    async stop() {
      stopping.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * `migrate`, `user create`, `company create`. The store and its modules are imported inside each action,
 * so that loading the CLI to run another command does not load them.
 */
import type { Command } from "commander";
import { fail } from "../../core/index.js";
import type { Db } from "../../store/db.js";
import type { Role } from "../../store/repos/companies.js";
import { printErr, printJson, printLine, runCommand } from "../output.js";

const ROLES = ["owner", "admin", "member", "viewer"];

async function withStore<T>(fn: (db: Db) => Promise<T>, opts = { migrated: true }): Promise<T> {
  const [{ openStore }, { createLogger }, { loadConfig }, { openDatabase }] = await Promise.all([
    import("../../app/boot.js"),
    import("../../app/logger.js"),
    import("../../config/load.js"),
    import("../../store/db.js"),
  ]);
  const config = loadConfig();
  const db = opts.migrated
    ? await openStore(config, createLogger("warn", "stderr"))
    : await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.LEDGERBRIDGE_DATA_DIR });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function readPassword(opts: { password?: string; passwordStdin?: boolean }): Promise<string> {
  if (opts.password) return opts.password;
  if (!opts.passwordStdin) fail("invalid_input", { detail: "give --password or --password-stdin" });
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

export function registerAdminCommands(program: Command): void {
  program
    .command("migrate")
    .description("Bring the database schema up to date (also done at every start)")
    .option("--json", "print the result as JSON")
    .action((o: { json?: boolean }) =>
      runCommand(!!o.json, () =>
        withStore(
          async (db) => {
            const { listMigrations, migrate, schemaVersion } = await import("../../store/migrate.js");
            const applied = await migrate(db);
            const result = {
              database: db.kind,
              applied,
              schemaVersion: await schemaVersion(db),
              known: listMigrations().length,
            };
            if (o.json) printJson(result);
            else
              printLine(
                `${db.kind}: schema at ${result.schemaVersion}${applied.length ? "" : " (already up to date)"}`,
              );
          },
          { migrated: false },
        ),
      ),
    );

  const user = program.command("user").description("Manage users");
  user
    .command("create")
    .description("Create a user (the first one is the administrator); optionally add them to a company")
    .requiredOption("--email <email>")
    .requiredOption("--name <name>")
    .option("--password <password>", "the password (prefer --password-stdin: arguments show in `ps`)")
    .option("--password-stdin", "read the password from standard input")
    .option("--admin", "make the user an instance administrator")
    .option("--company <id>", "add the user to this company")
    .option("--role <role>", `role in that company: ${ROLES.join(", ")}`, "member")
    .option("--json", "print the result as JSON")
    .action((o) =>
      runCommand(!!o.json, async () => {
        if (!ROLES.includes(o.role))
          fail("invalid_input", { detail: `--role must be one of ${ROLES.join(", ")}` });
        const [{ hashPassword, MIN_PASSWORD_LENGTH }, { createUser, findUserByEmail }, { addMember }] =
          await Promise.all([
            import("../../store/security/passwords.js"),
            import("../../store/repos/users.js"),
            import("../../store/repos/memberships.js"),
          ]);
        const password = await readPassword(o);
        if ([...password].length < MIN_PASSWORD_LENGTH) fail("weak_password", { min: MIN_PASSWORD_LENGTH });
        const passwordHash = await hashPassword(password);
        const created = await withStore((db) =>
          db.transaction(async (tx) => {
            if (await findUserByEmail(tx, o.email)) fail("email_taken", { email: o.email });
            const first = (await tx.query("SELECT 1 FROM users LIMIT 1")).length === 0;
            const u = await createUser(tx, {
              email: o.email,
              name: o.name,
              passwordHash,
              isAdmin: !!o.admin || first,
            });
            if (o.company) await addMember(tx, o.company, u.id, o.role as Role);
            return u;
          }),
        );
        if (o.json) printJson({ id: created.id, email: created.email, isAdmin: created.isAdmin });
        else printLine(`created user ${created.email} (${created.id})`);
      }),
    );

  const company = program.command("company").description("Manage companies");
  company
    .command("create")
    .description("Create a company")
    .requiredOption("--name <name>")
    .option("--org-number <number>")
    .option("--owner <email>", "an existing user who becomes the owner")
    .option("--json", "print the result as JSON")
    .action((o) =>
      runCommand(!!o.json, async () => {
        const [{ findUserByEmail }, { createCompany }] = await Promise.all([
          import("../../store/repos/users.js"),
          import("../../store/repos/companies.js"),
        ]);
        const created = await withStore((db) =>
          db.transaction(async (tx) => {
            const owner = o.owner
              ? ((await findUserByEmail(tx, o.owner)) ?? fail("not_found", { entity: "user" }))
              : undefined;
            return createCompany(tx, { name: o.name, orgNumber: o.orgNumber, ownerId: owner?.id });
          }),
        );
        if (o.json) printJson({ id: created.id });
        else printLine(`created company ${created.name} (${created.id})`);
        if (!o.owner && !o.json)
          printErr("no owner yet: add one with `user create --company ID --role owner`");
      }),
    );
}

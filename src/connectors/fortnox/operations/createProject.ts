import type { Project } from "../../../core/index.js";
import { FortnoxProject } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { fromProject, toProject } from "../mappers/parties.js";
import { write } from "./read.js";

/** Creates a project; without a number Fortnox assigns the next one. Not retried on 5xx (README.md, "Retries"). */
export async function createProject(
  client: FortnoxClient,
  value: Omit<Project, "externalId" | "number"> & { readonly number?: string },
): Promise<Project> {
  const raw = await write(client, {
    method: "POST",
    path: "/3/projects",
    key: "Project",
    entity: "project",
    schema: FortnoxProject,
    body: fromProject(value),
  });
  return toProject(raw);
}

import type { Project } from "../../../core/index.js";
import { FortnoxProject } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { toProject } from "../mappers/parties.js";
import { lastModifiedQuery, listAll } from "./read.js";

/** Projects (scope project). */
export function listProjects(
  client: FortnoxClient,
  options: { modifiedSince?: Date } = {},
): Promise<Project[]> {
  return listAll(client, {
    path: "/3/projects",
    listKey: "Projects",
    entity: "project",
    schema: FortnoxProject,
    idKey: "ProjectNumber",
    map: toProject,
    query: lastModifiedQuery(options.modifiedSince),
  });
}

import type { Article } from "../../../core/index.js";
import { FortnoxArticle } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { toArticle } from "../mappers/parties.js";
import { lastModifiedQuery, listAll } from "./read.js";

/** Articles; list prices arrive as strings and are parsed exactly. */
export function listArticles(
  client: FortnoxClient,
  options: { modifiedSince?: Date } = {},
): Promise<Article[]> {
  return listAll(client, {
    path: "/3/articles",
    listKey: "Articles",
    entity: "article",
    schema: FortnoxArticle,
    idKey: "ArticleNumber",
    map: toArticle,
    query: lastModifiedQuery(options.modifiedSince),
  });
}

import type { Article } from "../../../core/index.js";
import { FortnoxArticle } from "../api/parties.js";
import type { FortnoxClient } from "../client.js";
import { fromArticle, toArticle } from "../mappers/parties.js";
import { write } from "./read.js";

/** Creates a article; without a number Fortnox assigns the next one. Not retried on 5xx (README.md, "Retries"). */
export async function createArticle(
  client: FortnoxClient,
  value: Omit<Article, "externalId" | "number"> & { readonly number?: string },
): Promise<Article> {
  const raw = await write(client, {
    method: "POST",
    path: "/3/articles",
    key: "Article",
    entity: "article",
    schema: FortnoxArticle,
    body: fromArticle(value),
  });
  return toArticle(raw);
}

/** One schema change; `version`s are 1, 2, 3… and a released migration never changes. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

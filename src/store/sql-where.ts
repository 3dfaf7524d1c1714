/** A WHERE clause built from optional conditions, with its parameters (values are always bound, never spliced). */
export interface Where {
  readonly clauses: string[];
  readonly parameters: (string | number)[];
}

/** An empty clause list. */
export function emptyWhere(): Where {
  return { clauses: [], parameters: [] };
}

/** Adds `column = ?` unless the value is null or absent. */
export function whereEquals(where: Where, column: string, value: string | null | undefined, collate = ""): void {
  if (value === null || value === undefined) return;
  where.clauses.push(`${column} = ?${collate}`);
  where.parameters.push(value);
}

/** Adds `column IN (…)` (with `OR column IS NULL` when the list holds null) unless the list is absent or empty. */
export function whereOneOf(where: Where, column: string, values: readonly (string | null)[] | undefined): void {
  if (values === undefined || values.length === 0) return;
  const given = values.filter((value): value is string => value !== null);
  const alternatives = given.length > 0 ? [`${column} IN (${given.map(() => "?").join(", ")})`] : [];
  if (values.includes(null)) alternatives.push(`${column} IS NULL`);
  where.clauses.push(`(${alternatives.join(" OR ")})`);
  where.parameters.push(...given);
}

/** The SQL for the clauses: "WHERE a AND b", or "" when there are none. */
export function whereSql(where: Where): string {
  return where.clauses.length > 0 ? `WHERE ${where.clauses.join(" AND ")}` : "";
}

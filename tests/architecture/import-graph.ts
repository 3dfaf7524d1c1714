import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Every relative import (type-only ones too) of every TypeScript file under a folder, as paths relative to it. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of typeScriptFiles(root)) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) =>
      relative(root, resolve(dirname(file), match[1] ?? "").replace(/\.js$/, ".ts")),
    );
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/** The import cycles of a graph, each as the files around it (Tarjan's strongly connected components of two or more). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * Imports that reach a later stage: each file belongs to the first stage whose folder holds it, and may import
 * only from its own stage or earlier ones (`stages` lists them in order; a row of several is one rank).
 */
export function forwardImports(
  graph: ReadonlyMap<string, readonly string[]>,
  stages: readonly (readonly string[])[],
): string[] {
  const rank = (file: string): number =>
    stages.findIndex((row) => row.some((folder) => file === folder || file.startsWith(`${folder}/`)));
  const found: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const from = rank(file);
      const to = rank(target);
      if (from !== -1 && to !== -1 && to > from) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

import { z } from "zod";

/** A place the CPU spent its own time (not counting what it called), with its share of the profile. */
export type ProfileEntry = { readonly name: string; readonly selfMilliseconds: number; readonly share: number };

const cpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/**
 * Where a `node --cpu-prof` profile spent its time, largest first: self time by module (a package under
 * node_modules, a project file, Node's internals, the garbage collector) or by function (name and file); or by
 * `project-caller` — each sample charged to the nearest function of the project's own `src/` on its stack, so the
 * time a library spends for one of our functions counts as that function's.
 */
export function summariseCpuProfile(
  profile: unknown,
  { by, top }: { by: "module" | "function" | "project-caller"; top: number },
): ProfileEntry[] {
  const { nodes, samples, timeDeltas } = cpuProfileSchema.parse(profile);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const projectCaller = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (/\/src\//.test(frame.url) && !/\/node_modules\//.test(frame.url)) return functionName(frame);
    }
    return "(outside src/)";
  };
  const names = new Map(
    nodes.map((node) => [
      node.id,
      by === "module"
        ? moduleName(node.callFrame.url, node.callFrame.functionName)
        : by === "function"
          ? functionName(node.callFrame)
          : projectCaller(node.id),
    ]),
  );
  const totals = new Map<string, number>();
  let all = 0;
  samples.forEach((nodeId, position) => {
    // A sample's delta is the time until the next sample, attributed to the function on top of the stack.
    const microseconds = timeDeltas[position + 1] ?? 0;
    const name = names.get(nodeId) ?? "(unknown)";
    totals.set(name, (totals.get(name) ?? 0) + microseconds);
    all += microseconds;
  });
  return [...totals]
    .sort((left, right) => right[1] - left[1])
    .slice(0, top)
    .map(([name, microseconds]) => ({
      name,
      selfMilliseconds: Math.round(microseconds / 100) / 10,
      share: all === 0 ? 0 : Math.round((microseconds / all) * 1000) / 1000,
    }));
}

function moduleName(url: string, name: string): string {
  if (url === "") return name.startsWith("(") ? name : "(native)";
  if (url.startsWith("node:")) return "(node internals)";
  const packageMatch = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (packageMatch) return packageMatch[1]!;
  const projectMatch = /\/((?:src|bench|tests)\/.+)$/.exec(url);
  return projectMatch ? projectMatch[1]! : url;
}

function functionName(frame: { functionName: string; url: string }): string {
  // No line numbers: tsx's transformed sources put most functions on line 1.
  return `${frame.functionName || "(anonymous)"}${frame.url === "" ? "" : ` ${moduleName(frame.url, frame.functionName)}`}`;
}

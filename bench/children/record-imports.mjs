// Module hooks for a bench child (registered with `module.register`): posts the URL of every module resolved, so
// the child can tell whether the chart renderer's libraries were loaded before it drew its first chart.
let port;

export async function initialize(data) {
  port = data.port;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  port.postMessage(resolved.url);
  return resolved;
}

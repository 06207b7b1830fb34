// @actions/core imports @actions/exec at load only for core.platform.getDetails(), which prel never
// calls; evaluating it (child_process, @actions/io) cost every run ~4 ms. npm's `overrides` in the root
// package.json give @actions/core this module instead: the same functions, loaded on first use. The
// package is named apart, so the import below reaches the real one.
export async function getExecOutput(...args) {
  return (await import('@actions/exec')).getExecOutput(...args);
}

export async function exec(...args) {
  return (await import('@actions/exec')).exec(...args);
}

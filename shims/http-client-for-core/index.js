// @actions/core imports @actions/http-client at load only for core.getIDToken (OIDC), which prel never
// calls; evaluating the client (and the http, https and tunnel modules under it) cost every run ~5 ms.
// npm's `overrides` in the root package.json give @actions/core this module instead: the same client,
// loaded on first use. The package is named apart, so the import below reaches the real one.
export class HttpClient {
  #args;
  #client;

  constructor(...args) {
    this.#args = args;
  }

  async getJson(...args) {
    return (await this.#real()).getJson(...args);
  }

  async #real() {
    const { HttpClient: Real } = await import('@actions/http-client');
    this.#client ??= new Real(...this.#args);
    return this.#client;
  }
}

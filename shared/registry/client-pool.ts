// One RegistryClient per registry host, with the credentials that host gets (inputs, else Docker config).
import type { Logger } from '../action/logger.js';
import type { RetryPolicy } from '../run/retry.js';
import { resolveCredentials } from './credentials.js';
import { RegistryClient } from './registry-client.js';

export interface InputCredentials {
  /** The registry host these inputs are for. */
  host: string;
  username?: string;
  password?: string;
  /** Input name prefix for messages: `source` → 'source-username'. */
  inputName: string;
}

export class RegistryClientPool {
  private readonly clients = new Map<string, Promise<RegistryClient>>();

  constructor(
    private readonly options: {
      retry: RetryPolicy;
      logger: Logger;
      insecureRegistries: readonly string[];
      credentials: InputCredentials[];
      /** The run's stop switch: aborts every request of every client. */
      signal?: AbortSignal;
    },
  ) {}

  get(host: string): Promise<RegistryClient> {
    let client = this.clients.get(host);
    if (!client) {
      client = this.create(host);
      this.clients.set(host, client);
    }
    return client;
  }

  private async create(host: string): Promise<RegistryClient> {
    const fromInputs = this.options.credentials.find((c) => c.host === host && (c.username || c.password)) ?? { inputName: '' };
    const credentials = await resolveCredentials(host, fromInputs, (message) => this.options.logger.warning(message));
    for (const secret of [credentials?.password, credentials?.identityToken, credentials?.registryToken]) {
      if (secret) this.options.logger.secret(secret);
    }
    this.options.logger.debug(`${host}: ${credentials ? `credentials from ${credentials.source}` : 'anonymous'}`);
    return new RegistryClient({
      host,
      credentials,
      insecureRegistries: this.options.insecureRegistries,
      retry: this.options.retry,
      logger: this.options.logger,
      signal: this.options.signal,
    });
  }
}

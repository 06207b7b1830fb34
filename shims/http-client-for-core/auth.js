// The credential handlers have no dependencies of their own: the real ones, as they are.
export { BearerCredentialHandler } from '@actions/http-client/lib/auth';

'use strict';
// @actions/http-client imports undici only for ProxyAgent, which it builds when a request of its own goes
// through a proxy. @actions/core imports http-client (for OIDC tokens) at load, so without this every
// prel run evaluated all of undici at start (fetch, WebSocket, caches: ~0.06 s). npm's `overrides` in the
// root package.json give http-client this module instead: prel's own undici, the agent loaded on first use.
const lazy = {
  get ProxyAgent() {
    return require('undici/lib/dispatcher/proxy-agent.js');
  },
};
// This getter's shape (returning a member) is one Node's CommonJS export detection reads as a named export.
Object.defineProperty(exports, 'ProxyAgent', { enumerable: true, get: function () { return lazy.ProxyAgent; } });

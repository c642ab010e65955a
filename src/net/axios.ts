import axios, { type AxiosInstance, type CreateAxiosDefaults } from 'axios';
import type { Outbound } from './outbound.ts';

/**
 * An axios instance whose every request takes its route from `outbound`. axios's own proxy support is turned off: it
 * reads HTTPS_PROXY by itself but sends https requests to the proxy as plain absolute-URI requests instead of
 * tunnelling them, which egress proxies refuse; a CONNECT agent per request is what works.
 */
export function routedAxios(outbound: Outbound, defaults: CreateAxiosDefaults = {}): AxiosInstance {
  const instance = axios.create({ ...defaults, proxy: false });
  instance.interceptors.request.use(
    (config) => {
      const url = new URL(config.url ?? '', config.baseURL);
      const agent = outbound.agent(url);
      if (agent) {
        config.httpAgent = agent;
        config.httpsAgent = agent;
      }
      return config;
    },
    undefined,
    { synchronous: true },
  );
  return instance;
}

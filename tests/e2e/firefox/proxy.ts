// A recording proxy on 127.0.0.1 for the Firefox privacy test: Firefox is pointed at it by prefs
// (proxyPrefs), so every request that would leave the browser arrives here first, whoever made it
// (a tab, an extension page, the background page, the popup, the sidebar, Firefox itself).
// Plain http is recorded with its address; https arrives as CONNECT host:port (the path is
// encrypted and never seen). Nothing is forwarded: each request is refused after it is recorded.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** The full address for http, "host:port" for a CONNECT (https, wss). */
  target: string;
}

export interface RecordingProxy {
  port: number;
  seen: ProxiedRequest[];
  close: () => Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    seen.push({ method: request.method ?? '', target: request.url ?? '' });
    response.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('refused by the test proxy');
  });
  server.on('connect', (request, socket: Socket) => {
    seen.push({ method: 'CONNECT', target: request.url ?? '' });
    socket.end('HTTP/1.1 502 Refused by the test proxy\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Firefox prefs that send every request, of every scheme and host, through the proxy. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Never fall back to a direct connection when the proxy refuses.
    'network.proxy.failover_direct': false,
  };
}

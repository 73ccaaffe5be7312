// A TCP proxy in front of PostgreSQL whose "outage" the tests control: down() drops every
// connection and refuses new ones, as a crashed or restarting server would, without
// touching the real server other tests (and other programs) are using.
import net from 'node:net';

export interface Proxy {
  port: number;
  down(): void;
  up(): void;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 forwarding to host:port. */
export async function startProxy(host: string, port: number): Promise<Proxy> {
  let isDown = false;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (isDown) return client.destroy();
    const upstream = net.connect(port, host);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    down() {
      isDown = true;
      for (const s of open) s.destroy();
    },
    up() {
      isDown = false;
    },
    close() {
      for (const s of open) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

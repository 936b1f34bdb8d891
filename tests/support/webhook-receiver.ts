/** A loopback HTTP receiver for webhook deliveries: records each one and can refuse the first few. */
import { createServer } from 'node:http';

/** One delivery as the receiver got it. */
export interface ReceivedDelivery {
  headers: Record<string, string | string[] | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the wire
  /** The status the receiver answered. */
  answered: number;
}

/** A running receiver. */
export interface WebhookReceiver {
  url: string;
  received: ReceivedDelivery[];
  /** Answer the next `count` deliveries with 503. */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 at `path` (any free port). */
export async function startWebhookReceiver(path = '/api/bigcommerce/webhook'): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  let refusals = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answered = request.url !== path ? 404 : refusals > 0 ? 503 : 200;
      if (answered === 503) refusals--;
      received.push({
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
        answered,
      });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The receiver got no port');
  return {
    url: `http://127.0.0.1:${address.port}${path}`,
    received,
    refuseNext: (count) => (refusals = count),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

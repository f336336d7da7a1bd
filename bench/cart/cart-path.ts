// The cart path against the production server (server.ts, Next and socket.io, in a child process on
// 127.0.0.1; the clients run in this process): Send cart (cart:send) → the order card at an agent
// joined to the conversation (message:created of kind 'order'), beside a plain text message
// (message:send → message:created) measured the same way, interleaved, in the same run.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { MAX_STOCK } from '../../lib/protocol/catalog-admin.schema';
import type { Message } from '../../lib/protocol';
import { connectOwnerAgent, startAppServer, type AppServer } from '../../tests/support/app-server';
import { connect, request, shopperCookie, type TestSocket } from '../../tests/support/clients';
import { createScratchDatabase, type ScratchDatabase } from '../realtime/postgres';
import { summarize, type Distribution } from '../realtime/stats';

export const CART_ORDERS = 200;
const SHOPPERS = 10;
const WARMUP_ROUNDS = 10;
const DELIVERY_TIMEOUT_MS = 10_000;

export interface CartPathResult {
  store: 'pglite' | 'postgres';
  orders: number;
  /** cart:send → order card at the agent. */
  orderMs: Distribution;
  /** message:send → text message at the agent. */
  textMs: Distribution;
  /** cart:send → the shopper's ack. */
  orderAckMs: Distribution;
  ratio: { p50: number; p95: number };
}

interface Shopper {
  socket: TestSocket;
  conversationId: string;
}

/** Resolves when the agent receives the message with `clientId`, with the time it arrived. */
function arrival(agent: TestSocket, clientId: string): Promise<{ at: number; message: Message }> {
  return new Promise((resolve, reject) => {
    const listener = ({ message }: { message: Message }) => {
      if (message.clientId !== clientId) return;
      const at = performance.now();
      clearTimeout(timer);
      agent.off('message:created', listener);
      resolve({ at, message });
    };
    const timer = setTimeout(() => {
      agent.off('message:created', listener);
      reject(
        new Error(`message ${clientId} did not reach the agent within ${DELIVERY_TIMEOUT_MS} ms`),
      );
    }, DELIVERY_TIMEOUT_MS);
    agent.on('message:created', listener);
  });
}

async function timeText(agent: TestSocket, shopper: Shopper): Promise<number> {
  const clientId = randomUUID();
  const heard = arrival(agent, clientId);
  const sentAt = performance.now();
  await request(shopper.socket, 'message:send', {
    conversationId: shopper.conversationId,
    clientId,
    text: 'Kak, ukuran M masih ada?',
  });
  return (await heard).at - sentAt;
}

async function timeOrder(
  agent: TestSocket,
  shopper: Shopper,
  productId: string,
): Promise<{ deliveredMs: number; ackMs: number }> {
  const { conversationId } = shopper;
  const { cart } = await request(shopper.socket, 'cart:add', {
    conversationId,
    productId,
    quantity: 1,
  });
  const clientId = randomUUID();
  const heard = arrival(agent, clientId);
  const sentAt = performance.now();
  await request(shopper.socket, 'cart:send', {
    conversationId,
    clientId,
    cartVersion: cart.version,
    catalogVersion: cart.catalogVersion,
  });
  const ackMs = performance.now() - sentAt;
  const { at, message } = await heard;
  if (message.kind !== 'order') throw new Error(`expected an order card, got ${message.kind}`);
  return { deliveredMs: at - sentAt, ackMs };
}

/** The demo catalog's first product without options, its stock raised the way an agent would. */
async function stockedProduct(agent: TestSocket): Promise<string> {
  const catalog = await request(agent, 'catalog:admin-list', {});
  const product = catalog.products.find((p) => p.options.length === 0 && !p.hidden);
  if (!product) throw new Error('the demo catalog has no product without options');
  await request(agent, 'product:update', { productId: product.id, stock: MAX_STOCK });
  return product.id;
}

async function measure(server: AppServer, store: CartPathResult['store']): Promise<CartPathResult> {
  const agent = await connectOwnerAgent(server);
  const shoppers: Shopper[] = [];
  try {
    const productId = await stockedProduct(agent);
    for (let index = 0; index < SHOPPERS; index += 1) {
      const socket = await connect(server.url, { cookie: shopperCookie() });
      const opened = await request(socket, 'conversation:open', { businessSlug: 'demo' });
      shoppers.push({ socket, conversationId: opened.conversation.id });
      await request(agent, 'conversation:join', { conversationId: opened.conversation.id });
    }
    const text: number[] = [];
    const order: number[] = [];
    const orderAck: number[] = [];
    // One at a time, text and order alternating, so both see the same machine and server state.
    for (let round = 0; round < WARMUP_ROUNDS + CART_ORDERS; round += 1) {
      const shopper = shoppers[round % SHOPPERS];
      if (!shopper) throw new Error('no shopper');
      const textMs = await timeText(agent, shopper);
      const { deliveredMs, ackMs } = await timeOrder(agent, shopper, productId);
      if (round < WARMUP_ROUNDS) continue;
      text.push(textMs);
      order.push(deliveredMs);
      orderAck.push(ackMs);
    }
    const orderMs = summarize(order);
    const textMs = summarize(text);
    return {
      store,
      orders: order.length,
      orderMs,
      textMs,
      orderAckMs: summarize(orderAck),
      ratio: { p50: orderMs.p50 / textMs.p50, p95: orderMs.p95 / textMs.p95 },
    };
  } finally {
    for (const shopper of shoppers) shopper.socket.close();
    agent.close();
  }
}

/** PGlite always; PostgreSQL too when `databaseUrl` is set (a fresh database, dropped afterwards). */
export async function measureCartPath(databaseUrl: string | undefined): Promise<CartPathResult[]> {
  const results: CartPathResult[] = [];
  for (const store of databaseUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const)) {
    let database: ScratchDatabase | undefined;
    let server: AppServer | undefined;
    try {
      if (store === 'postgres' && databaseUrl) database = await createScratchDatabase(databaseUrl);
      // Its log stays on: startAppServer waits for the "ready on" line.
      server = await startAppServer(database ? { databaseUrl: database.url } : {});
      results.push(await measure(server, store));
    } finally {
      await server?.stop();
      await database?.drop();
    }
  }
  return results;
}

export function formatCartPath(results: CartPathResult[] | { failure: string }): string {
  if ('failure' in results) return `Cart path: FAILED (${results.failure})`;
  const ms = (value: number) => value.toFixed(1);
  const rows = results.map(
    (r) =>
      `| ${r.store} | ${r.orders} | ${ms(r.orderMs.p50)} | ${ms(r.orderMs.p95)} | ${ms(r.textMs.p50)} | ${ms(r.textMs.p95)} | ${r.ratio.p50.toFixed(2)}× | ${r.ratio.p95.toFixed(2)}× | ${ms(r.orderAckMs.p50)} |`,
  );
  return [
    'Cart path: Send cart → order card at the agent, beside a text message → the agent (production server)',
    '',
    '| Store | orders | order p50 ms | order p95 ms | text p50 ms | text p95 ms | ratio p50 | ratio p95 | order ack p50 ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

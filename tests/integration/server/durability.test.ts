// Every acknowledged message survives a SIGKILL of the server, with PGlite and with PostgreSQL.
import { randomUUID } from 'node:crypto';
import { connect, request, shopperCookie } from '../../support/clients';
import { makeDataDir, removeDataDir, startAppServer } from '../../support/app-server';
import { createTestStore, databaseUrlOf, storeKinds } from '../../support/store';

jest.setTimeout(180_000);

describe.each(storeKinds())('a SIGKILL keeps every acknowledged message (%s)', (kind) => {
  test('messages acked before the kill are all there, once and in order, after a restart', async () => {
    const dataDir = await makeDataDir();
    // PostgreSQL gets a database of its own, created and migrated by the test store helper.
    const pgStore = kind === 'postgres' ? await createTestStore('postgres') : undefined;
    const databaseUrl = pgStore ? await databaseUrlOf(pgStore) : undefined;
    try {
      const cookie = shopperCookie();
      let server = await startAppServer({ dataDir, ...(databaseUrl && { databaseUrl }) });
      let socket = await connect(server.url, { cookie });
      const { conversation } = await request(socket, 'conversation:open', { businessSlug: 'demo' });

      const acked: Array<{ clientId: string; seq: number; text: string }> = [];
      for (let index = 0; index < 40; index += 1) {
        const payload = {
          conversationId: conversation.id,
          clientId: randomUUID(),
          text: `pesan ${index}`,
        };
        const { message } = await request(socket, 'message:send', payload);
        acked.push({ clientId: payload.clientId, seq: message.seq, text: payload.text });
      }
      await server.kill();
      socket.close();

      server = await startAppServer({ dataDir, ...(databaseUrl && { databaseUrl }) });
      socket = await connect(server.url, { cookie });
      await request(socket, 'conversation:open', { businessSlug: 'demo' });
      const page = await request(socket, 'message:sync', {
        conversationId: conversation.id,
        afterSeq: 1,
        limit: 100,
      });
      expect(page.messages.map(({ clientId, seq, text }) => ({ clientId, seq, text }))).toEqual(
        acked,
      );

      // Retrying a message that was acked before the crash still stores nothing new.
      const first = acked[0]!;
      const retry = await request(socket, 'message:send', {
        conversationId: conversation.id,
        clientId: first.clientId,
        text: first.text,
      });
      expect(retry.message.seq).toBe(first.seq);
      socket.close();
      await server.stop();
    } finally {
      await pgStore?.close();
      await removeDataDir(dataDir);
    }
  });
});

import { sql } from 'kysely';
import { PROTOCOL_VERSION } from '@/lib/protocol/version';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const { store } = getRuntime();
    await sql`select 1`.execute(store.db);
    return Response.json({
      ok: true,
      data: { status: 'ready', store: store.kind, protocolVersion: PROTOCOL_VERSION },
    });
  } catch {
    return Response.json(
      { ok: false, error: { code: 'INTERNAL', message: 'Not ready to serve chats.' } },
      { status: 503 },
    );
  }
}

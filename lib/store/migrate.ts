import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/0001-initial';
import * as commerce from './migrations/0002-commerce';
import * as inbox from './migrations/0003-inbox';
import * as settings from './migrations/0004-settings';
import * as catalogAdmin from './migrations/0005-catalog-admin';
import * as agents from './migrations/0006-agents';
import * as push from './migrations/0007-push';
import * as cartOperations from './migrations/0008-cart-operations';
import * as links from './migrations/0009-links';
import * as unreadCount from './migrations/0010-unread-count';
import * as messageBatchFunction from './migrations/0011-message-batch-function';

// Migrations are imported, not read from disk, so they work the same under tsx, jest and Next's bundle.
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-commerce': commerce,
  '0003-inbox': inbox,
  '0004-settings': settings,
  '0005-catalog-admin': catalogAdmin,
  '0006-agents': agents,
  '0007-push': push,
  '0008-cart-operations': cartOperations,
  '0009-links': links,
  '0010-unread-count': unreadCount,
  '0011-message-batch-function': messageBatchFunction,
};

const provider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Database migration failed${name}: ${String(error)}`, { cause: error });
  }
}

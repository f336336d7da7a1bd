import { sql, type Kysely } from 'kysely';

// The business's unread count kept on the conversation, so sending a message and building the
// inbox row need no count(*) of messages. It is the number of shopper messages with seq above
// business_read_seq: a shopper message adds one in the statement that numbers it, and moving the
// business's read mark counts again (lib/store/conversation.repository.ts). One statement per
// query (see 0001).
const statements = [
  sql`alter table conversations add column business_unread_count integer not null default 0`,
  sql`
    update conversations set business_unread_count = (
      select count(*) from messages
      where messages.conversation_id = conversations.id
        and messages.sender = 'shopper'
        and messages.seq > conversations.business_read_seq
    )
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

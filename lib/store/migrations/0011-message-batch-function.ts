import { sql, type Kysely } from 'kysely';

// Stores a batch of messages (lib/store/message-batcher.ts) in one statement: one round trip
// instead of BEGIN, two statements and COMMIT, and PL/pgSQL keeps the statements' plans for the
// connection, where the same SQL sent from the client was planned again for every batch (planning
// took longer than running it). The function is one statement to its caller, so it is atomic
// without a transaction block: when some messages must be set aside (their conversation is gone or
// not the author's, or their client id was stored before), it raises 'message batch set aside'
// with their positions in DETAIL, which undoes the whole call, and the caller answers them apart
// and sends the rest again.
//
// Arguments are parallel arrays, one element per message in arrival order (each client id once);
// shopper_authors / business_authors hold who writes each message (the other one null). Returns
// json: the conversations as numbered (every column, plus added, previous_message_at,
// pending_order_count, labels and the business's automatic-reply settings) and the inserted
// messages (id, conversation_id, client_id, seq, created_at), whose first shopper message carries
// its conversation's pending referral (issue 6).
const statements = [
  sql`
    create function store_message_batch(
      conversation_ids uuid[],
      client_ids uuid[],
      senders text[],
      agent_ids uuid[],
      kinds text[],
      texts text[],
      order_ids uuid[],
      shopper_authors uuid[],
      business_authors uuid[]
    ) returns json
    language plpgsql
    as $function$
    declare
      batch json;
      set_aside json;
    begin
      with input as (
        select *
        from unnest(
          conversation_ids, client_ids, senders, agent_ids, kinds, texts, order_ids,
          shopper_authors, business_authors
        ) with ordinality as input (
          conversation_id, client_id, sender, agent_id, kind, text, order_id,
          shopper_author, business_author, position
        )
      ),
      counts as (
        select conversation_id as id,
          count(*)::int as added,
          (count(*) filter (where sender = 'shopper'))::int as from_shopper
        from input
        group by conversation_id
      ),
      -- Moving last_seq locks each conversation until the call ends, so no other writer numbers a
      -- message in it meanwhile; the batcher never runs two batches over one conversation.
      bumped as (
        update conversations set
          last_seq = conversations.last_seq + counts.added,
          business_unread_count = conversations.business_unread_count + counts.from_shopper,
          last_message_at = now()
        from counts, conversations as previous, businesses
        where conversations.id = counts.id
          and previous.id = counts.id
          and businesses.id = conversations.business_id
        returning conversations.*,
          counts.added,
          previous.last_message_at as previous_message_at,
          (
            select count(*) from orders
            where orders.conversation_id = conversations.id and orders.status = 'pending'
          )::int as pending_order_count,
          (
            select coalesce(
              json_agg(
                json_build_object('id', labels.id, 'name', labels.name, 'color', labels.color)
                order by labels.created_at, labels.id
              ),
              '[]'::json
            )
            from conversation_labels join labels on labels.id = conversation_labels.label_id
            where conversation_labels.conversation_id = conversations.id
          ) as labels,
          businesses.greeting_enabled, businesses.greeting_text, businesses.away_enabled,
          businesses.away_text, businesses.hours, businesses.timezone
      ),
      numbered as (
        select input.*,
          bumped.last_seq - bumped.added
            + row_number() over (partition by input.conversation_id order by input.position)
            as seq
        from input join bumped on bumped.id = input.conversation_id
        where bumped.shopper_id = input.shopper_author
          or bumped.business_id = input.business_author
      ),
      inserted as (
        insert into messages (conversation_id, client_id, seq, sender, agent_id, kind, text, order_id)
        select conversation_id, client_id, seq, sender, agent_id, kind, text, order_id
        from numbered
        order by position
        on conflict (conversation_id, client_id) do nothing
        returning id, conversation_id, client_id, seq, sender, created_at
      )
      select json_build_object(
        'conversations', (select coalesce(json_agg(bumped), '[]'::json) from bumped),
        'messages', (select coalesce(json_agg(inserted), '[]'::json) from inserted),
        'refused', (
          select coalesce(json_agg(input.position), '[]'::json) from input
          where not exists (select 1 from numbered where numbered.position = input.position)
        ),
        'repeated', (
          select coalesce(json_agg(numbered.position), '[]'::json) from numbered
          where not exists (
            select 1 from inserted
            where inserted.conversation_id = numbered.conversation_id
              and inserted.client_id = numbered.client_id
          )
        )
      ) into batch;

      if json_array_length(batch -> 'refused') > 0 or json_array_length(batch -> 'repeated') > 0 then
        set_aside := json_build_object('refused', batch -> 'refused', 'repeated', batch -> 'repeated');
        raise exception 'message batch set aside' using detail = set_aside::text;
      end if;

      -- The first shopper message of a conversation with a pending referral carries it.
      if not exists (
        select 1 from json_array_elements(batch -> 'conversations') as conversation
        where conversation ->> 'pending_referral_id' is not null
      ) then
        return batch;
      end if;
      with carriers as (
        select distinct on (conversations.id)
          conversations.id as conversation_id,
          conversations.pending_referral_id as open_id,
          (message ->> 'id')::uuid as message_id
        from json_array_elements(batch -> 'messages') as message
          join conversations on conversations.id = (message ->> 'conversation_id')::uuid
        where message ->> 'sender' = 'shopper' and conversations.pending_referral_id is not null
        order by conversations.id, (message ->> 'seq')::int
      ),
      carried as (
        update link_opens set message_id = carriers.message_id
        from carriers
        where link_opens.id = carriers.open_id
          and link_opens.conversation_id = carriers.conversation_id
          and link_opens.message_id is null
      )
      update conversations set pending_referral_id = null
      from carriers
      where conversations.id = carriers.conversation_id
        and conversations.pending_referral_id = carriers.open_id;

      return batch;
    end
    $function$
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

'use client';
// The business's links for the links page: the first page from the server, later pages on
// request, and every agent's new links and changes as they happen (link:created, link:updated).
import { useCallback, useEffect, useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { Link, LinkList } from '@/lib/protocol/links.schema';

/** Puts `link` in place of the one with its id, or first when it is new. */
function upsert(links: Link[], link: Link): Link[] {
  return links.some((l) => l.id === link.id)
    ? links.map((l) => (l.id === link.id ? link : l))
    : [link, ...links];
}

export function useLinks(initial: LinkList) {
  const [links, setLinks] = useState(initial.links);
  const [nextBefore, setNextBefore] = useState(initial.nextBefore);

  useEffect(() => {
    const socket = getSocket('agent');
    const onChange = ({ link }: { link: Link }) => setLinks((current) => upsert(current, link));
    socket.on('link:created', onChange);
    socket.on('link:updated', onChange);
    return () => {
      socket.off('link:created', onChange);
      socket.off('link:updated', onChange);
    };
  }, []);

  const loadMore = useCallback(async () => {
    if (!nextBefore) return;
    const page = await request(getSocket('agent'), 'link:list', { before: nextBefore });
    setLinks((current) => [
      ...current,
      ...page.links.filter((l) => !current.some((c) => c.id === l.id)),
    ]);
    setNextBefore(page.nextBefore);
  }, [nextBefore]);

  const create = useCallback(async (fields: unknown) => {
    const { link } = await request(getSocket('agent'), 'link:create', fields);
    setLinks((current) => upsert(current, link));
    return link;
  }, []);

  const update = useCallback(
    async (linkId: string, changes: { name?: string; disabled?: boolean }) => {
      const { link } = await request(getSocket('agent'), 'link:update', { linkId, ...changes });
      setLinks((current) => upsert(current, link));
      return link;
    },
    [],
  );

  return { links, hasMore: nextBefore !== null, loadMore, create, update };
}

export type LinkActions = Pick<ReturnType<typeof useLinks>, 'create' | 'update'>;

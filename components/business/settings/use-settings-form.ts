'use client';

import { useEffect, useState } from 'react';
import { request, RequestError } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { BusinessSettings, SettingsFields } from '@/lib/protocol/settings.schema';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'invalid' | 'forbidden' | 'failed';

/** Field issues by path: `name`, `hours.2.0`, …; the first issue of each path wins. */
export type FieldIssues = Record<string, string>;

/**
 * One settings page's form state: the values being edited, the issues from the last save, and
 * the settings as stored, kept fresh when another agent saves (business:updated).
 */
export function useSettingsForm<K extends keyof SettingsFields>(
  initial: BusinessSettings,
  pick: (settings: BusinessSettings) => Pick<BusinessSettings, K>,
) {
  const [values, setValues] = useState(() => pick(initial));
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<FieldIssues>({});
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);

  useEffect(() => {
    const socket = getSocket('agent');
    function onBusinessUpdated({ settings }: { settings: BusinessSettings }) {
      // Someone else's save replaces what is shown, unless this agent is in the middle of editing.
      if (dirty) return;
      setValues(pick(settings));
      setUpdatedElsewhere(true);
    }
    socket.on('business:updated', onBusinessUpdated);
    return () => {
      socket.off('business:updated', onBusinessUpdated);
    };
  }, [dirty, pick]);

  function change(patch: Partial<Pick<BusinessSettings, K>>) {
    setValues((current) => ({ ...current, ...patch }));
    setDirty(true);
    setUpdatedElsewhere(false);
    if (status !== 'saving') setStatus('idle');
  }

  async function save(changes: Partial<SettingsFields> = values) {
    setStatus('saving');
    setIssues({});
    try {
      const { settings } = await request(getSocket('agent'), 'settings:update', changes);
      setValues(pick(settings));
      setDirty(false);
      setStatus('saved');
    } catch (failure) {
      const body = failure instanceof RequestError ? failure.body : undefined;
      if (body?.code === 'INVALID_PAYLOAD' && body.issues?.length) {
        const next: FieldIssues = {};
        for (const issue of body.issues) next[issue.path] ??= issue.message;
        setIssues(next);
        setStatus('invalid');
      } else setStatus(body?.code === 'FORBIDDEN' ? 'forbidden' : 'failed');
    }
  }

  return { values, change, save, issues, status, updatedElsewhere };
}

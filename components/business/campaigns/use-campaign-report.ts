'use client';

import { useCallback, useRef, useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { CampaignReport, ReportRange } from '@/lib/protocol/report.schema';

/** The report shown: the first comes from the server render, other ranges over the agent socket. */
export function useCampaignReport(initial: CampaignReport) {
  const [report, setReport] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState(false);
  const asked = useRef<ReportRange>({ from: initial.from, to: initial.to });
  // Only the newest request may write: a slow answer for an old range must not win.
  const latest = useRef(0);

  const load = useCallback(async (range: ReportRange) => {
    const ticket = ++latest.current;
    asked.current = range;
    setLoading(true);
    try {
      const { report: next } = await request(getSocket('agent'), 'report:campaigns', range);
      if (ticket !== latest.current) return;
      setReport(next);
      setError(false);
    } catch {
      if (ticket === latest.current) setError(true);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, []);

  return { report, loading, error, load, retry: () => load(asked.current) };
}

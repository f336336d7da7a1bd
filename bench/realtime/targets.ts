// What one run measures: the baselines and Obrol, on PGlite and (when DATABASE_URL is set)
// PostgreSQL. Baselines run first so a machine that gets busier later is not flattering them.
import type { Flavor, ServerKind, StoreKind } from './ipc';

export interface Target {
  id: string;
  label: string;
  kind: ServerKind;
  store: StoreKind | null;
  flavor: Flavor;
}

export function listTargets(withPostgres: boolean, only?: string[]): Target[] {
  const targets: Target[] = [
    { id: 'relay', label: 'Baseline 1: bare relay', kind: 'relay', store: null, flavor: 'relay' },
    {
      id: 'relay-insert-pglite',
      label: 'Baseline 2: relay + INSERT (PGlite)',
      kind: 'relay-insert',
      store: 'pglite',
      flavor: 'relay',
    },
    {
      id: 'obrol-pglite',
      label: 'Obrol (PGlite)',
      kind: 'obrol',
      store: 'pglite',
      flavor: 'obrol',
    },
  ];
  if (withPostgres) {
    targets.push(
      {
        id: 'relay-insert-postgres',
        label: 'Baseline 2: relay + INSERT (PostgreSQL)',
        kind: 'relay-insert',
        store: 'postgres',
        flavor: 'relay',
      },
      {
        id: 'obrol-postgres',
        label: 'Obrol (PostgreSQL)',
        kind: 'obrol',
        store: 'postgres',
        flavor: 'obrol',
      },
    );
  }
  if (!only) return targets;
  const unknown = only.filter((id) => !targets.some((target) => target.id === id));
  if (unknown.length > 0) throw new Error(`Unknown or unavailable targets: ${unknown.join(', ')}`);
  return targets.filter((target) => only.includes(target.id));
}

/** The store baseline a target is compared with: the INSERT relay on the same store kind. */
export function storeBaselineId(target: Target): string {
  return target.store === 'postgres' ? 'relay-insert-postgres' : 'relay-insert-pglite';
}

'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import {
  labelColors,
  MAX_LABEL_NAME_LENGTH,
  type Label,
  type LabelColor,
} from '@/lib/protocol/inbox.schema';
import { LABEL_SWATCH } from './label-colors';
import { ItemEditorForm } from './item-editor-form';

/** Creates a label, or renames and recolours `existing`. */
export function LabelEditor({ existing, onDone }: { existing?: Label; onDone?: () => void }) {
  const t = useTranslations('businessInbox.labelForm');
  const [name, setName] = useState(existing?.name ?? '');
  const [color, setColor] = useState<LabelColor>(existing?.color ?? 'blue');
  const nameId = useId();

  async function save() {
    const socket = getSocket('agent');
    if (existing) await request(socket, 'label:update', { labelId: existing.id, name, color });
    else await request(socket, 'label:create', { name, color });
    if (!existing) setName('');
  }

  return (
    <ItemEditorForm
      save={save}
      editing={Boolean(existing)}
      onDone={onDone}
      texts={{ add: t('add'), save: t('save'), cancel: t('cancel') }}
    >
      <div>
        <label htmlFor={nameId} className="text-sm font-medium text-slate-800">
          {t('name')}
        </label>
        <input
          id={nameId}
          value={name}
          required
          maxLength={MAX_LABEL_NAME_LENGTH}
          onChange={(event) => setName(event.target.value)}
          className="focus-visible:outline-brand-700 mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus-visible:outline-2"
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('colour')}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {labelColors.map((key) => (
            <label key={key} className="cursor-pointer">
              <input
                type="radio"
                name={`colour-${existing?.id ?? 'new'}`}
                value={key}
                checked={color === key}
                onChange={() => setColor(key)}
                className="peer sr-only"
              />
              <span
                className={`peer-focus-visible:outline-brand-700 block size-8 rounded-full ring-offset-2 peer-checked:ring-2 peer-checked:ring-slate-900 peer-focus-visible:outline-2 ${LABEL_SWATCH[key]}`}
              />
              <span className="sr-only">{t(`colours.${key}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </ItemEditorForm>
  );
}

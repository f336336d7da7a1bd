'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { RequestError } from '@/lib/client/request';
import { linkCreateInput, type Link } from '@/lib/protocol/links.schema';
import { LINK_PARAM_LIMITS, sourceTypes, type SourceType } from '@/lib/protocol/referral.schema';
import { primaryButton } from '../catalog/buttons';
import { control, describedBy, Field } from '../form/field';
import { TextArea, TextField } from '../form/text-field';
import type { LinkActions } from './use-links';

export interface LinkProduct {
  id: string;
  name: string;
  sku: string;
}

const EMPTY = {
  name: '',
  sourceType: 'ad' as SourceType,
  productId: '',
  text: '',
  utmSource: '',
  utmMedium: '',
  utmCampaign: '',
  utmContent: '',
  utmTerm: '',
  adId: '',
};
type Draft = typeof EMPTY;
type FieldName = keyof Draft;

const CAMPAIGN_FIELDS = [
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmContent',
  'utmTerm',
  'adId',
] as const;
const SOURCE_SUGGESTIONS = ['instagram', 'facebook', 'whatsapp'];

interface LinkFormProps {
  products: LinkProduct[];
  create: LinkActions['create'];
  onCreated: (link: Link) => void;
}

/** A new link in a minute: a name, where it goes, then optionally a product, text and campaign. */
export function LinkForm({ products, create, onCreated }: LinkFormProps) {
  const t = useTranslations('businessLinks.form');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: FieldName) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  /** Each field's issue in the person's language; the schema's own words are English. */
  function errorsOf(paths: string[]): Partial<Record<FieldName, string>> {
    const found: Partial<Record<FieldName, string>> = {};
    for (const path of paths) {
      if (!(path in EMPTY)) continue;
      const field = path as FieldName;
      const key = (CAMPAIGN_FIELDS as readonly string[]).includes(field) ? 'campaignField' : field;
      found[field] = t(`errors.${key}`, { max: LINK_PARAM_LIMITS.utm });
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const payload = { ...draft, productId: draft.productId || null };
    const checked = linkCreateInput.safeParse(payload);
    if (!checked.success) {
      setErrors(errorsOf(checked.error.issues.map((issue) => String(issue.path[0] ?? ''))));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onCreated(await create(payload));
      setDraft(EMPTY);
    } catch (error) {
      const issues = error instanceof RequestError ? (error.body.issues ?? []) : [];
      const fieldErrors = errorsOf(issues.map((issue) => issue.path));
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFailure(t('errors.failed'));
    } finally {
      setSaving(false);
    }
  }

  const productNotes = { id: 'link-product', hint: t('productHint'), error: errors.productId };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        id="link-name"
        label={t('name')}
        hint={t('nameHint')}
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
        autoComplete="off"
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('sourceType')}</legend>
        <div className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {sourceTypes.map((type) => (
            <label
              key={type}
              className="has-checked:border-brand-700 has-checked:bg-brand-50 has-focus-visible:outline-brand-700 flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm has-focus-visible:outline-2"
            >
              <input
                type="radio"
                name="link-source-type"
                value={type}
                checked={draft.sourceType === type}
                onChange={() => set('sourceType')(type)}
                className="accent-brand-700"
              />
              {t(`sourceTypes.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('product')} {...productNotes}>
        <select
          id="link-product"
          value={draft.productId}
          onChange={(event) => set('productId')(event.target.value)}
          aria-invalid={errors.productId ? true : undefined}
          aria-describedby={describedBy(productNotes)}
          className={control}
        >
          <option value="">{t('noProduct')}</option>
          {products.map((product) => (
            <option key={product.id} value={product.id}>
              {product.name}
            </option>
          ))}
        </select>
      </Field>
      <TextArea
        id="link-text"
        label={t('text')}
        hint={t('textHint')}
        rows={3}
        value={draft.text}
        onChange={set('text')}
        error={errors.text}
        counter={{
          text: t('characters', { count: draft.text.length, max: LINK_PARAM_LIMITS.text }),
          over: draft.text.length > LINK_PARAM_LIMITS.text,
        }}
      />
      <fieldset className="rounded-xl border border-slate-200 p-3 sm:p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">{t('campaign')}</legend>
        <p className="text-sm text-slate-600">{t('campaignHint')}</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {CAMPAIGN_FIELDS.map((field) => (
            <TextField
              key={field}
              id={`link-${field}`}
              label={t(`fields.${field}`)}
              value={draft[field]}
              onChange={set(field)}
              error={errors[field]}
              autoComplete="off"
              {...(field === 'utmSource' && { list: 'link-source-suggestions' })}
            />
          ))}
        </div>
        <datalist id="link-source-suggestions">
          {SOURCE_SUGGESTIONS.map((source) => (
            <option key={source} value={source} />
          ))}
        </datalist>
      </fieldset>
      <div role="alert" className="empty:hidden">
        {failure && <p className="text-sm font-medium text-red-700">{failure}</p>}
      </div>
      <div>
        <button type="submit" disabled={saving} className={primaryButton}>
          {saving ? t('creating') : t('create')}
        </button>
      </div>
    </form>
  );
}

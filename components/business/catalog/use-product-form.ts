'use client';
// The product form's state: the draft, which fields are wrong, and saving through the socket.
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { RequestError } from '@/lib/client/request';
import type { AdminProduct } from '@/lib/protocol/catalog-admin.schema';
import {
  checkDraft,
  FIELD_ORDER,
  fieldsOf,
  toDraft,
  toPayload,
  type FieldKey,
  type ProductDraft,
} from './product-draft';
import type { ChangeCatalog } from './use-admin-catalog';

export function useProductForm(
  product: AdminProduct | null,
  change: ChangeCatalog,
  onDone: () => void,
) {
  const t = useTranslations('businessCatalog');
  const [draft, setDraft] = useState<ProductDraft>(() => toDraft(product));
  const [invalid, setInvalid] = useState<Set<FieldKey>>(new Set());
  const [skuTaken, setSkuTaken] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    // A field's error goes once it is edited; the next save checks everything again.
    if (key === 'sku') setSkuTaken(false);
    setInvalid((current) => {
      if (!current.has(key as FieldKey)) return current;
      const next = new Set(current);
      next.delete(key as FieldKey);
      return next;
    });
  };
  const error = (key: FieldKey) =>
    key === 'sku' && skuTaken
      ? t('errors.skuTaken')
      : invalid.has(key)
        ? t(`errors.${key}`)
        : undefined;

  function showErrors(fields: Set<FieldKey>) {
    setInvalid(fields);
    const first = FIELD_ORDER.find((key) => fields.has(key));
    if (first) requestAnimationFrame(() => document.getElementById(`product-${first}`)?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setSkuTaken(false);
    const fields = checkDraft(draft);
    if (fields.size) return showErrors(fields);
    setSaving(true);
    try {
      const payload = toPayload(draft);
      if (product) await change('product:update', { productId: product.id, ...payload });
      else await change('product:create', payload);
      onDone();
    } catch (reason) {
      const body = reason instanceof RequestError ? reason.body : null;
      const named = fieldsOf(body?.issues?.map((issue) => issue.path) ?? []);
      if (named.has('sku')) setSkuTaken(true);
      if (named.size) showErrors(named);
      else setFailure(body?.code === 'NOT_FOUND' ? t('notFound') : t('actionError'));
    } finally {
      setSaving(false);
    }
  }

  return { draft, set, error, submit, saving, failure, hasErrors: invalid.size > 0 || skuTaken };
}

'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatMoney } from '@/lib/i18n/money';
import {
  MAX_PRODUCT_DESCRIPTION,
  type AdminCollection,
  type AdminProduct,
} from '@/lib/protocol/catalog-admin.schema';
import { control, describedBy, Field } from '../form/field';
import { TextField } from '../form/text-field';
import { primaryButton, secondaryButton } from './buttons';
import { ImagesField } from './images-field';
import { OptionGroupsField } from './option-groups-field';
import { toWholeNumber } from './product-draft';
import type { ChangeCatalog } from './use-admin-catalog';
import { useProductForm } from './use-product-form';

interface ProductFormProps {
  product: AdminProduct | null;
  collections: AdminCollection[];
  change: ChangeCatalog;
  onDone: () => void;
}

/** One product's fields; on save the server checks them again and answers field errors. */
export function ProductForm({ product, collections, change, onDone }: ProductFormProps) {
  const t = useTranslations('businessCatalog');
  const locale = useLocale();
  const { draft, set, error, submit, saving, failure, hasErrors } = useProductForm(
    product,
    change,
    onDone,
  );
  const price = toWholeNumber(draft.price);
  const descriptionNotes = {
    id: 'product-description',
    hint: t('form.characters', { count: draft.description.length, max: MAX_PRODUCT_DESCRIPTION }),
    error: error('description'),
  };
  const collectionNotes = { id: 'product-collectionId', error: error('collectionId') };
  return (
    <form
      noValidate
      onSubmit={submit}
      className="mx-auto w-full max-w-3xl px-3 py-4 sm:px-6 sm:py-6"
    >
      <button
        type="button"
        onClick={onDone}
        className="text-brand-700 text-sm font-medium underline"
      >
        {t('form.back')}
      </button>
      <h1 className="mt-2 text-xl font-bold text-slate-900 sm:text-2xl">
        {product ? t('form.editTitle') : t('form.newTitle')}
      </h1>
      <div role="alert" className="empty:hidden">
        {(hasErrors || failure) && (
          <p className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            {failure ?? t('form.fixErrors')}
          </p>
        )}
      </div>

      <div className="mt-4 grid gap-4 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-2 sm:p-5">
        <div className="sm:col-span-2">
          <TextField
            id="product-name"
            label={t('form.name')}
            value={draft.name}
            onChange={(value) => set('name', value)}
            error={error('name')}
          />
        </div>
        <div className="sm:col-span-2">
          <Field label={t('form.description')} {...descriptionNotes}>
            <textarea
              id="product-description"
              rows={5}
              value={draft.description}
              onChange={(e) => set('description', e.target.value)}
              aria-invalid={error('description') ? true : undefined}
              aria-describedby={describedBy(descriptionNotes)}
              className={control}
            />
          </Field>
        </div>
        <TextField
          id="product-price"
          label={t('form.price')}
          inputMode="numeric"
          value={draft.price}
          onChange={(value) => set('price', value)}
          hint={
            Number.isSafeInteger(price)
              ? t('form.pricePreview', { price: formatMoney(price, 'IDR', locale) })
              : t('form.priceHint')
          }
          error={error('price')}
        />
        <TextField
          id="product-stock"
          label={t('form.stock')}
          inputMode="numeric"
          value={draft.stock}
          onChange={(value) => set('stock', value)}
          error={error('stock')}
        />
        <Field label={t('form.collection')} {...collectionNotes}>
          <select
            id="product-collectionId"
            value={draft.collectionId}
            onChange={(e) => set('collectionId', e.target.value)}
            aria-invalid={error('collectionId') ? true : undefined}
            aria-describedby={describedBy(collectionNotes)}
            className={control}
          >
            <option value="">{t('noCollection')}</option>
            {collections.map((collection) => (
              <option key={collection.id} value={collection.id}>
                {collection.name}
              </option>
            ))}
          </select>
        </Field>
        <TextField
          id="product-sku"
          label={t('form.sku')}
          autoCapitalize="off"
          spellCheck={false}
          value={draft.sku}
          onChange={(value) => set('sku', value)}
          hint={t('form.skuHint')}
          error={error('sku')}
        />
        <div className="flex items-start gap-3 sm:col-span-2">
          <input
            id="product-hidden"
            type="checkbox"
            checked={draft.hidden}
            onChange={(e) => set('hidden', e.target.checked)}
            aria-describedby="product-hidden-hint"
            className="accent-brand-700 mt-1 size-5"
          />
          <div>
            <label htmlFor="product-hidden" className="text-sm font-medium text-slate-800">
              {t('form.hiddenLabel')}
            </label>
            <p id="product-hidden-hint" className="text-sm text-slate-600">
              {t('form.hiddenHint')}
            </p>
          </div>
        </div>
        <OptionGroupsField
          options={draft.options}
          error={error('options')}
          onChange={(options) => set('options', options)}
        />
        <ImagesField
          images={draft.images}
          error={error('images')}
          onChange={(images) => set('images', images)}
        />
      </div>

      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" disabled={saving} className={primaryButton}>
          {saving ? t('form.saving') : product ? t('form.save') : t('form.create')}
        </button>
        <button type="button" onClick={onDone} className={secondaryButton}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

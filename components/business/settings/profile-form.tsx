'use client';

import { useTranslations } from 'next-intl';
import {
  MAX_ABOUT_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  type BusinessSettings,
} from '@/lib/protocol/settings.schema';
import { TextArea, TextField } from '../form/text-field';
import { AvatarField } from './avatar-field';
import { SaveBar } from './save-bar';
import { Section, SettingsForm } from './settings-form';
import { useCharacterCount } from './use-character-count';
import { useSettingsForm } from './use-settings-form';

const pickProfile = (settings: BusinessSettings) => ({
  name: settings.name,
  about: settings.about,
  description: settings.description,
  address: settings.address,
  email: settings.email,
  website: settings.website,
  phone: settings.phone,
  avatarUrl: settings.avatarUrl,
});

type ErrorField = (typeof TEXT_FIELDS)[number] | 'avatarUrl';

const TEXT_FIELDS = [
  'name',
  'about',
  'description',
  'address',
  'email',
  'website',
  'phone',
] as const;

export function ProfileForm({ initial }: { initial: BusinessSettings }) {
  const t = useTranslations('businessSettings');
  const form = useSettingsForm(initial, pickProfile);
  const { values, change, issues } = form;
  const count = useCharacterCount();
  const error = (field: ErrorField) => (issues[field] ? t(`errors.${field}`) : undefined);

  function submit() {
    const changes: Partial<BusinessSettings> = {};
    for (const field of TEXT_FIELDS) changes[field] = values[field];
    // The stored avatar may predate uploads; only a newly uploaded one is sent.
    if (values.avatarUrl !== initial.avatarUrl) changes.avatarUrl = values.avatarUrl;
    void form.save(changes);
  }

  return (
    <SettingsForm title={t('profile.heading')} onSubmit={submit}>
      <Section id="profile-identity" intro={t('profile.intro')}>
        <AvatarField
          url={values.avatarUrl}
          error={error('avatarUrl')}
          onUploaded={(avatarUrl) => change({ avatarUrl })}
        />
        <TextField
          id="settings-name"
          label={t('profile.name')}
          value={values.name}
          counter={count(values.name, MAX_NAME_LENGTH)}
          error={error('name')}
          autoComplete="organization"
          onChange={(name) => change({ name })}
        />
        <TextField
          id="settings-about"
          label={t('profile.about')}
          hint={t('profile.aboutHint')}
          value={values.about}
          counter={count(values.about, MAX_ABOUT_LENGTH)}
          error={error('about')}
          autoComplete="off"
          onChange={(about) => change({ about })}
        />
        <TextArea
          id="settings-description"
          label={t('profile.description')}
          value={values.description}
          counter={count(values.description, MAX_DESCRIPTION_LENGTH)}
          rows={5}
          error={error('description')}
          onChange={(description) => change({ description })}
        />
        <TextArea
          id="settings-address"
          label={t('profile.address')}
          value={values.address}
          rows={2}
          error={error('address')}
          onChange={(address) => change({ address })}
        />
        <div className="grid gap-5 md:grid-cols-2">
          <TextField
            id="settings-email"
            type="email"
            label={t('profile.email')}
            value={values.email}
            error={error('email')}
            autoComplete="email"
            onChange={(email) => change({ email })}
          />
          <TextField
            id="settings-phone"
            type="tel"
            label={t('profile.phone')}
            value={values.phone}
            error={error('phone')}
            autoComplete="tel"
            onChange={(phone) => change({ phone })}
          />
        </div>
        <TextField
          id="settings-website"
          type="url"
          label={t('profile.website')}
          hint={t('profile.websiteHint')}
          value={values.website}
          error={error('website')}
          autoComplete="url"
          onChange={(website) => change({ website })}
        />
      </Section>
      <SaveBar status={form.status} updatedElsewhere={form.updatedElsewhere} />
    </SettingsForm>
  );
}

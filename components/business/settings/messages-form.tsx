'use client';

import { useTranslations } from 'next-intl';
import { MAX_AUTO_REPLY_LENGTH, type BusinessSettings } from '@/lib/protocol/settings.schema';
import { TextArea } from '../form/text-field';
import { SaveBar } from './save-bar';
import { Section, SettingsForm } from './settings-form';
import { Toggle } from './toggle';
import { useCharacterCount } from './use-character-count';
import { useSettingsForm } from './use-settings-form';

const pickMessages = (settings: BusinessSettings) => ({
  greetingEnabled: settings.greetingEnabled,
  greetingText: settings.greetingText,
  awayEnabled: settings.awayEnabled,
  awayText: settings.awayText,
  awayBanner: settings.awayBanner,
});

export function MessagesForm({ initial }: { initial: BusinessSettings }) {
  const t = useTranslations('businessSettings');
  const form = useSettingsForm(initial, pickMessages);
  const { values, change, issues } = form;
  const count = useCharacterCount();

  return (
    <SettingsForm title={t('messages.heading')} onSubmit={() => void form.save()}>
      <Section
        id="messages-greeting"
        title={t('messages.greetingHeading')}
        intro={t('messages.greetingIntro')}
      >
        <Toggle
          id="settings-greeting-enabled"
          label={t('messages.greetingEnabled')}
          checked={values.greetingEnabled}
          onChange={(greetingEnabled) => change({ greetingEnabled })}
        />
        <TextArea
          id="settings-greeting-text"
          label={t('messages.greetingText')}
          value={values.greetingText}
          counter={count(values.greetingText, MAX_AUTO_REPLY_LENGTH)}
          error={issues.greetingText ? t('errors.greetingText') : undefined}
          onChange={(greetingText) => change({ greetingText })}
        />
      </Section>
      <Section id="messages-away" title={t('messages.awayHeading')} intro={t('messages.awayIntro')}>
        <Toggle
          id="settings-away-enabled"
          label={t('messages.awayEnabled')}
          checked={values.awayEnabled}
          onChange={(awayEnabled) => change({ awayEnabled })}
        />
        <TextArea
          id="settings-away-text"
          label={t('messages.awayText')}
          value={values.awayText}
          counter={count(values.awayText, MAX_AUTO_REPLY_LENGTH)}
          error={issues.awayText ? t('errors.awayText') : undefined}
          onChange={(awayText) => change({ awayText })}
        />
        <Toggle
          id="settings-away-banner"
          label={t('messages.bannerEnabled')}
          hint={t('messages.bannerHint')}
          checked={values.awayBanner}
          onChange={(awayBanner) => change({ awayBanner })}
        />
      </Section>
      <SaveBar status={form.status} updatedElsewhere={form.updatedElsewhere} />
    </SettingsForm>
  );
}

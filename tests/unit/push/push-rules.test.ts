import {
  decidePush,
  readSnooze,
  SNOOZE_KEY,
  SNOOZE_MS,
  type PushPromptState,
} from '@/lib/client/push/push-rules';

const NOW = Date.UTC(2025, 0, 1);

const state = (changes: Partial<PushPromptState> = {}): PushPromptState => ({
  supported: true,
  inAppBrowser: false,
  permission: 'default',
  sentThisVisit: true,
  snoozedUntil: null,
  now: NOW,
  ...changes,
});

describe('decidePush', () => {
  test('the card is offered after a message sent in this visit', () => {
    expect(decidePush(state())).toBe('offer');
  });

  test('never on page load: nothing is offered before the shopper sends', () => {
    expect(decidePush(state({ sentThisVisit: false }))).toBe('none');
  });

  test('not in Facebook or Instagram in-app browsers', () => {
    expect(decidePush(state({ inAppBrowser: true }))).toBe('none');
    expect(decidePush(state({ inAppBrowser: true, permission: 'granted' }))).toBe('none');
  });

  test('not where Notification or PushManager is missing', () => {
    expect(decidePush(state({ supported: false }))).toBe('none');
  });

  test('not once the browser has blocked notifications', () => {
    expect(decidePush(state({ permission: 'denied' }))).toBe('none');
  });

  test('not again for a while after "Not now"; again once that time has passed', () => {
    expect(decidePush(state({ snoozedUntil: NOW + 1 }))).toBe('none');
    expect(decidePush(state({ snoozedUntil: NOW + SNOOZE_MS }))).toBe('none');
    expect(decidePush(state({ snoozedUntil: NOW }))).toBe('offer');
    expect(decidePush(state({ snoozedUntil: NOW - 1 }))).toBe('offer');
  });

  test('granted before: subscribe quietly, with no card, even before a send', () => {
    expect(decidePush(state({ permission: 'granted', sentThisVisit: false }))).toBe('sync');
    expect(decidePush(state({ permission: 'granted', snoozedUntil: NOW + 1 }))).toBe('sync');
  });
});

describe('readSnooze', () => {
  const storage = (value: string | null) => ({
    getItem: (key: string) => (key === SNOOZE_KEY ? value : null),
  });

  test('reads a stored time; missing storage, a missing key or junk count as no snooze', () => {
    expect(readSnooze(storage(String(NOW)))).toBe(NOW);
    expect(readSnooze(storage(null))).toBeNull();
    expect(readSnooze(storage('soon'))).toBeNull();
    expect(readSnooze(null)).toBeNull();
  });
});

// The service worker's push handlers (worker/push.ts) against a stand-in for the worker's global
// scope. Chromium runs them for real in tests/e2e/push*.test.ts, but a headless browser cannot tap
// a notification, and the app badge is only set for an installed app: those two paths are checked
// here, on the calls the handlers make to the platform.

type Listener = (event: unknown) => void;

interface WindowClient {
  url: string;
  focus: jest.Mock;
}

const ORIGIN = 'https://obrol.example';

/** A worker scope with what the handlers use; every platform call is recorded. */
function workerScope(windows: WindowClient[] = []) {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    registration: { showNotification: jest.fn(async () => undefined) },
    navigator: {
      setAppBadge: jest.fn(async () => undefined),
      clearAppBadge: jest.fn(async () => undefined),
    },
    clients: {
      matchAll: jest.fn(async () => windows),
      openWindow: jest.fn(async () => null),
    },
  };
}

type Scope = ReturnType<typeof workerScope>;

// Loaded by a name the type checker does not follow: the worker is checked on its own, with the
// webworker library (npm run typecheck: tsc -p worker), which this project's DOM one conflicts with.
const WORKER_PUSH: string = '@/worker/push';

async function registeredIn(scope: Scope): Promise<void> {
  Object.assign(globalThis, { self: scope });
  const { registerPushHandlers } = (await import(WORKER_PUSH)) as {
    registerPushHandlers(): void;
  };
  registerPushHandlers();
}

/** Runs the scope's listener for `type` and waits for what it handed to waitUntil. */
async function dispatch(scope: Scope, type: string, event: Record<string, unknown>) {
  const waited: Array<Promise<unknown>> = [];
  const listener = scope.listeners.get(type);
  if (!listener) throw new Error(`no ${type} listener`);
  listener({ ...event, waitUntil: (promise: Promise<unknown>) => waited.push(promise) });
  await Promise.all(waited);
}

const pushOf = (data: unknown) => ({ data: { json: () => data } });

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'self');
  jest.resetModules();
});

describe('the service worker on a pushed reply', () => {
  const reply = {
    title: 'Griya Nusantara',
    body: 'Ada, kak!',
    url: '/c/demo',
    tag: 'conversation:1',
    unread: 3,
  };

  test('shows the business and first line and sets the app badge to the unread count', async () => {
    const scope = workerScope();
    await registeredIn(scope);
    await dispatch(scope, 'push', pushOf(reply));
    expect(scope.registration.showNotification).toHaveBeenCalledWith(
      'Griya Nusantara',
      expect.objectContaining({
        body: 'Ada, kak!',
        tag: 'conversation:1',
        data: { url: '/c/demo' },
      }),
    );
    expect(scope.navigator.setAppBadge).toHaveBeenCalledWith(3);
  });

  test('nothing unread clears the badge; a refusing Badging API still leaves the notification', async () => {
    const scope = workerScope();
    scope.navigator.setAppBadge.mockRejectedValue(new Error('not installed'));
    await registeredIn(scope);
    await dispatch(scope, 'push', pushOf({ ...reply, unread: 0 }));
    expect(scope.navigator.clearAppBadge).toHaveBeenCalled();
    await dispatch(scope, 'push', pushOf(reply));
    expect(scope.registration.showNotification).toHaveBeenCalledTimes(2);
  });

  test('an unreadable push still shows something, and touches no badge', async () => {
    const scope = workerScope();
    await registeredIn(scope);
    await dispatch(scope, 'push', pushOf({ title: 42 }));
    expect(scope.registration.showNotification).toHaveBeenCalledWith(
      'Obrol',
      expect.objectContaining({ body: '' }),
    );
    expect(scope.navigator.setAppBadge).not.toHaveBeenCalled();
    expect(scope.navigator.clearAppBadge).not.toHaveBeenCalled();
  });
});

describe('the service worker when a notification is tapped', () => {
  const tap = (url: unknown) => {
    const close = jest.fn();
    return { close, event: { notification: { close, data: { url } } } };
  };

  test('opens the conversation when no window shows it', async () => {
    const scope = workerScope([{ url: `${ORIGIN}/`, focus: jest.fn() }]);
    await registeredIn(scope);
    const { close, event } = tap('/c/demo');
    await dispatch(scope, 'notificationclick', event);
    expect(close).toHaveBeenCalled();
    expect(scope.clients.openWindow).toHaveBeenCalledWith(`${ORIGIN}/c/demo`);
  });

  test('focuses a window already on the conversation instead of opening another', async () => {
    const open = { url: `${ORIGIN}/c/demo?from=push`, focus: jest.fn(async () => undefined) };
    const scope = workerScope([{ url: `${ORIGIN}/`, focus: jest.fn() }, open]);
    await registeredIn(scope);
    await dispatch(scope, 'notificationclick', tap('/c/demo').event);
    expect(open.focus).toHaveBeenCalled();
    expect(scope.clients.openWindow).not.toHaveBeenCalled();
  });

  test('never opens another site, whatever the notification carries', async () => {
    const scope = workerScope();
    await registeredIn(scope);
    await dispatch(scope, 'notificationclick', tap('https://evil.example/c/demo').event);
    await dispatch(scope, 'notificationclick', tap(undefined).event);
    expect(scope.clients.openWindow.mock.calls).toEqual([[`${ORIGIN}/`], [`${ORIGIN}/`]]);
  });
});

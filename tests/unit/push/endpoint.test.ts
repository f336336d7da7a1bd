import {
  checkEndpoint,
  checkEndpointShape,
  classifyAddress,
  describeEndpoint,
  EndpointRejected,
} from '@/lib/push/endpoint';

const strict = { allowLoopback: false };
const loose = { allowLoopback: true };

describe('classifyAddress', () => {
  test.each(['8.8.8.8', '93.184.216.34', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => expect(classifyAddress(address)).toBe('public'),
  );

  test.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('%s is loopback', (address) =>
    expect(classifyAddress(address)).toBe('loopback'),
  );

  test.each([
    '10.0.0.1',
    '172.16.0.1',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '::',
    '2001:db8::1',
    '64:ff9b::a00:1',
    'not-an-address',
  ])('%s is blocked', (address) => expect(classifyAddress(address)).toBe('blocked'));
});

describe('checkEndpointShape', () => {
  test('a public https endpoint passes, host names are left for DNS', () => {
    expect(checkEndpointShape('https://93.184.216.34/push/1', strict).hostname).toBe(
      '93.184.216.34',
    );
    expect(checkEndpointShape('https://fcm.googleapis.com/fcm/send/x', strict).hostname).toBe(
      'fcm.googleapis.com',
    );
  });

  test.each([
    ['not a url', /not a URL/],
    ['http://fcm.googleapis.com/x', /https/],
    ['http://127.0.0.1:8080/x', /https/],
    ['https://127.0.0.1/x', /public address/],
    ['https://[::1]/x', /public address/],
    ['https://0x7f.1/x', /public address/],
    ['https://user:pw@fcm.googleapis.com/x', /user name/],
  ])('%s is refused when loopback is not allowed', (endpoint, message) => {
    expect(() => checkEndpointShape(endpoint, strict)).toThrow(message);
  });

  test('loopback (http or https) passes only when allowed; private ranges never do', () => {
    expect(checkEndpointShape('http://127.0.0.1:8080/x', loose).port).toBe('8080');
    expect(checkEndpointShape('https://[::1]/x', loose).hostname).toBe('[::1]');
    expect(() => checkEndpointShape('http://10.0.0.1/x', loose)).toThrow(/https/);
    expect(() => checkEndpointShape('https://10.0.0.1/x', loose)).toThrow(/public address/);
    // Plain http is for the loopback literal only, never for a name.
    expect(() => checkEndpointShape('http://localhost:8080/x', loose)).toThrow(/https/);
  });
});

describe('checkEndpoint (with DNS)', () => {
  const resolving = (addresses: string[]) => async (): Promise<string[]> => addresses;

  test('a name is accepted only if every address it resolves to is public', async () => {
    const endpoint = 'https://push.example/x';
    await expect(
      checkEndpoint(endpoint, strict, resolving(['93.184.216.34'])),
    ).resolves.toBeInstanceOf(URL);
    await expect(
      checkEndpoint(endpoint, strict, resolving(['93.184.216.34', '10.0.0.1'])),
    ).rejects.toThrow(EndpointRejected);
    await expect(checkEndpoint(endpoint, strict, resolving([]))).rejects.toThrow(/no address/);
  });

  test('a name that does not resolve is refused', async () => {
    const failing = async (): Promise<string[]> => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    await expect(checkEndpoint('https://push.example/x', strict, failing)).rejects.toThrow(
      /could not be found/,
    );
  });

  test('localhost resolves to loopback: refused, or accepted under the setting', async () => {
    await expect(checkEndpoint('https://localhost/x', strict)).rejects.toThrow(/public address/);
    await expect(checkEndpoint('https://localhost/x', loose)).resolves.toBeInstanceOf(URL);
  });
});

test('only the origin of an endpoint is ever described (its path is a secret)', () => {
  expect(describeEndpoint('https://fcm.googleapis.com/fcm/send/secret-token')).toBe(
    'https://fcm.googleapis.com',
  );
  expect(describeEndpoint('nonsense')).toBe('(invalid endpoint)');
});

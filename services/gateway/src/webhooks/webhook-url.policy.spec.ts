import { guardedLookup, isForbiddenAddress, webhookUrlProblem } from './webhook-url.policy';

const strict = { allowLoopbackHttp: false, allowPrivateNetworks: false };
const loopback = { allowLoopbackHttp: true, allowPrivateNetworks: false };

describe('webhook URL policy (SSRF guard)', () => {
  it.each([
    ['https://dangvien.tinhuy-bacninh.vn/hook', null],
    ['https://203.0.114.7:8443/hook?x=1', null],
    ['http://dangvien.tinhuy-bacninh.vn/hook', 'urlNotHttps'],
    ['http://127.0.0.1:8080/hook', 'urlNotHttps'],
    ['https://169.254.169.254/latest/meta-data/', 'urlPrivateTarget'],
    ['https://[fd00:ec2::254]/', 'urlPrivateTarget'],
    ['https://10.1.2.3/', 'urlPrivateTarget'],
    ['https://172.20.0.1/', 'urlPrivateTarget'],
    ['https://100.64.0.1/', 'urlPrivateTarget'],
    ['https://0.0.0.0/', 'urlPrivateTarget'],
    ['https://[::1]/', 'urlPrivateTarget'],
    ['https://[::ffff:a9fe:a9fe]/', 'urlPrivateTarget'],
    ['https://2130706433/', 'urlPrivateTarget'],
    ['https://0x7f.1/', 'urlPrivateTarget'],
    ['https://localhost/', 'urlPrivateTarget'],
    ['https://api.localhost/', 'urlPrivateTarget'],
    ['https://u:p@example.org/', 'urlHasCredentials'],
    ['https://example.org/#x', 'urlHasFragment'],
    ['file:///etc/passwd', 'urlNotHttps'],
    ['gopher://example.org/', 'urlNotHttps'],
    ['example.org/hook', 'isUrl'],
  ])('%s → %s', (url, problem) => {
    expect(webhookUrlProblem(url, strict)).toBe(problem);
  });

  it('allows http only to loopback, and only when configured', () => {
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook', loopback)).toBeNull();
    expect(webhookUrlProblem('http://localhost:9000/hook', loopback)).toBeNull();
    expect(webhookUrlProblem('http://[::1]:9000/hook', loopback)).toBeNull();
    expect(webhookUrlProblem('http://169.254.169.254/', loopback)).toBe('urlNotHttps');
    expect(webhookUrlProblem('https://169.254.169.254/', loopback)).toBe('urlPrivateTarget');
  });

  it('lets an operator allow private networks', () => {
    const open = { allowLoopbackHttp: false, allowPrivateNetworks: true };
    expect(webhookUrlProblem('https://10.1.2.3/hook', open)).toBeNull();
    expect(isForbiddenAddress('192.168.1.10', open)).toBe(false);
  });

  it('checks resolved addresses, IPv4-mapped ones included', () => {
    expect(isForbiddenAddress('93.184.216.34', strict)).toBe(false);
    expect(isForbiddenAddress('::ffff:10.0.0.1', strict)).toBe(true);
    expect(isForbiddenAddress('127.0.0.1', strict, true)).toBe(false);
    expect(isForbiddenAddress('10.0.0.1', strict, true)).toBe(true);
    expect(isForbiddenAddress('not-an-ip', strict)).toBe(true);
  });

  it('refuses at connect time a name that resolves to a forbidden address', async () => {
    const lookup = guardedLookup(strict, false);
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (err) => resolve(err)));
    expect(error?.message).toMatch(/forbidden address/);
    const allowed = guardedLookup(loopback, true);
    const address = await new Promise<unknown>((resolve) => allowed('localhost', {}, (err, addr) => resolve(err ?? addr)));
    expect(typeof address).toBe('string');
  });
});

// Signing in and out of the SPA, and the gateway's JSON API as an integrator calls it: the steps every
// browser test repeats, written once. Each takes the page (and the server's URL) it works on.
import assert from 'node:assert/strict';
import { DESKTOP, launchChromium } from './chromium.mjs';
import { startStandalone } from './standalone-server.mjs';

/**
 * Starts the standalone build, Chromium and one page on it (desktop size, `pageOptions` added), with
 * the page's uncaught errors pushed to `pageErrors`. What started is stopped again if a later step fails.
 */
export async function openStandalonePage({ repoRoot, pageErrors, pageOptions = {} }) {
  const server = await startStandalone({ repoRoot, log: (line) => process.stdout.write(`# ${line}\n`) });
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: DESKTOP, ...pageOptions });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { server, browser, page };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/** Types the credentials on the sign-in screen and submits them (where it lands is the caller's to wait for). */
export async function signIn(page, serverUrl, username, password) {
  await page.goto(`${serverUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** The forced password change after a sign-in with a generated password, ending on the home page. */
export async function changePassword(page, serverUrl, current, next) {
  await page.waitForURL('**/doi-mat-khau');
  await page.getByLabel('Mật khẩu hiện tại').fill(current);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(next);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(next);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.waitForURL(`${serverUrl}/`);
}

/** The administrator's first sign-in: the generated password, then `newPassword` in its place. */
export async function firstSignIn(page, server, newPassword) {
  await signIn(page, server.url, 'admin', server.adminPassword);
  await changePassword(page, server.url, server.adminPassword, newPassword);
}

/** Signs out through the account menu of `fullName`. */
export async function signOut(page, fullName) {
  await page.getByRole('button', { name: new RegExp(`Tài khoản: ${fullName}`) }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.waitForURL('**/dang-nhap?ly-do=dang-xuat');
}

/**
 * The gateway's JSON API, as an integrator would call it: `api(method, path, { token, body, headers })`
 * → `{ status, body }`. `serverUrl()` and `defaultToken()` are read at each call (the test sets them in
 * its `before`); a `token` of null sends no authorization.
 */
export function jsonApi(serverUrl, defaultToken = () => undefined) {
  return async (method, path, { token = defaultToken(), body, headers = {} } = {}) => {
    const response = await fetch(`${serverUrl()}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'accept-language': 'vi', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** Signs in through the API (asserting 200) and gives the access token. */
export async function apiToken(api, username, password) {
  const login = await api('POST', '/auth/login', { token: null, body: { username, password } });
  assert.equal(login.status, 200, JSON.stringify(login.body));
  return login.body.accessToken;
}

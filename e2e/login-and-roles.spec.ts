import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support';

const roles = [
  { email: 'member@sajam.test', path: '/member', title: 'پیشخوان عضو' },
  { email: 'core.head@sajam.test', path: '/core', title: 'پیشخوان مسئول هسته' },
  { email: 'province@sajam.test', path: '/province', title: 'پیشخوان ستاد استانی' },
  { email: 'national@sajam.test', path: '/national', title: 'پیشخوان ستاد ملی' },
  { email: 'agency@sajam.test', path: '/agency', title: 'پیشخوان رابط دستگاه' },
  { email: 'trainer@sajam.test', path: '/training', title: 'پیشخوان آموزش' },
  { email: 'admin@sajam.test', path: '/admin', title: 'مدیریت سامانه' },
];

for (const role of roles) {
  test(`${role.email} logs in and lands on their dashboard`, async ({ page }) => {
    await logIn(page, role.email);
    await expect(page).toHaveURL(new RegExp(`${role.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: role.title })).toBeVisible();
    await expect(page.getByText('حوزه کاری')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'خروج' }).click();
    await expect(page.getByRole('link', { name: 'ورود', exact: true })).toBeVisible();
  });
}

test('a mobile number typed in Persian digits logs in too', async ({ page }) => {
  await logIn(page, '۰۹۱۲۰۰۰۰۰۰۳');
  await expect(page).toHaveURL(/\/province$/);
  await expect(page.getByText('استان تهران')).toBeVisible();
});

test('a member opening the national office dashboard gets the Persian 403 page', async ({ page }) => {
  await logIn(page, 'member@sajam.test');
  await expect(page).toHaveURL(/\/member$/);
  const response = await page.goto('/national');
  expect(response?.status()).toBe(403);
  // In the server's HTML, not drawn by JavaScript afterwards (app/fallback-pages.tsx).
  expect(await response?.text()).toContain('دسترسی ندارید (۴۰۳)');
  await expect(page.getByRole('heading', { name: 'دسترسی ندارید (۴۰۳)' })).toBeVisible();
  await expectAccessible(page);

  const missing = await page.goto('/reports/00000000-0000-7000-8000-000000000000');
  expect(missing?.status()).toBe(404);
  expect(await missing?.text()).toContain('صفحه پیدا نشد (۴۰۴)');
});

test('a logged-out visitor is sent to log in and then back to the page they asked for', async ({ page }) => {
  await page.goto('/province');
  await expect(page).toHaveURL(/\/login\?next=%2Fprovince/);
  await page.getByLabel('شماره همراه یا ایمیل').fill('province@sajam.test');
  await page.getByLabel('گذرواژه').fill('sajam-demo-1405');
  await page.getByRole('button', { name: 'ورود' }).click();
  await expect(page).toHaveURL(/\/province$/);
});

test('bad input and a wrong password get Persian messages next to the fields', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'ورود' }).click();
  await expect(page.locator('#identifier-error')).toHaveText('این قسمت را پر کنید.');
  await expect(page.locator('#password-error')).toHaveText('این قسمت را پر کنید.');
  await page.getByLabel('شماره همراه یا ایمیل').fill('12345');
  await page.getByLabel('گذرواژه').fill('whatever');
  await page.getByRole('button', { name: 'ورود' }).click();
  await expect(page.locator('#identifier-error')).toContainText('شماره همراه');
  await expectAccessible(page);

  await page.getByLabel('شماره همراه یا ایمیل').fill('trainer@sajam.test');
  await page.getByLabel('گذرواژه').fill('not-the-password');
  await page.getByRole('button', { name: 'ورود' }).click();
  await expect(page.locator('#login-error')).toHaveText('شماره همراه/ایمیل یا گذرواژه درست نیست.');
  await expect(page).toHaveURL(/\/login/);
});

test('a hostile `next` never takes the browser off the site, and a Persian one does not break the redirect', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const next of ['/%09/evil.example', '//evil.example', '/%5Cevil.example', 'https://evil.example/']) {
    await page.goto(`/login?next=${next}`);
    await page.getByLabel('شماره همراه یا ایمیل').fill('member@sajam.test');
    await page.getByLabel('گذرواژه').fill('sajam-demo-1405');
    await page.getByRole('button', { name: 'ورود' }).click();
    await expect(page).toHaveURL(/\/(dashboard|member)$/);
    expect(new URL(page.url()).origin).toBe(origin);
    // Already logged in: the login page redirects at once, on the server.
    const response = await page.goto(`/login?next=${next}`);
    expect(new URL(page.url()).origin).toBe(origin);
    expect(response?.status()).toBe(200);
    await page.getByRole('button', { name: 'خروج' }).click();
    await expect(page.getByRole('link', { name: 'ورود', exact: true })).toBeVisible();
  }
  await logIn(page, 'province@sajam.test');
  await expect(page).toHaveURL(/\/province$/);
  const persian = await page.goto(`/login?next=${encodeURIComponent('/province?q=چراغ خیابان')}`);
  expect(persian?.status()).toBe(200);
  await expect(page).toHaveURL(/\/province\?q=/);
});

test('a cookie copied before logout is dead after it: pages, server actions and /api/auth/session', async ({ page, browser }) => {
  await logIn(page, 'member@sajam.test');
  await expect(page).toHaveURL(/\/member$/);
  const stolen = await page.context().cookies();
  await page.getByRole('button', { name: 'خروج' }).click();
  await expect(page.getByRole('link', { name: 'ورود', exact: true })).toBeVisible();

  const attacker = await browser.newContext({ locale: 'fa-IR' });
  await attacker.addCookies(stolen);
  const replay = await attacker.newPage();
  await replay.goto('/member');
  await expect(replay).toHaveURL(/\/login/);
  const session = await replay.request.get('/api/auth/session');
  expect(await session.json()).toEqual({});
  await replay.goto('/member/report');
  await expect(replay).toHaveURL(/\/login/);
  await attacker.close();
});

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
  await expect(page.getByRole('heading', { name: 'دسترسی ندارید (۴۰۳)' })).toBeVisible();
  await expectAccessible(page);
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

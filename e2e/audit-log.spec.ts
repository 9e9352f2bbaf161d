import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from './support';

// The audit log viewer (issue #15): the administrator filters by action, pages back, and verifies the
// chain; the filter form works without JavaScript; members and agency liaisons are refused.

test('the administrator verifies the chain, filters by action and pages back', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await signedIn(browser, 'admin@sajam.test');
  await admin.goto('/audit');
  await expect(admin.getByRole('heading', { level: 1, name: 'گزارش رویدادها (دفتر ممیزی)' })).toBeVisible();
  await expect(admin.getByTestId('audit-event').first()).toBeVisible();
  await expectAccessible(admin);

  // Verify the chain: intact. Each check is itself an event, so 26 checks fill more than one page.
  const verify = admin.getByRole('button', { name: 'بررسی درستی زنجیره' });
  const answer = admin.locator('#verify-message');
  await verify.click();
  await expect(answer).toContainText('زنجیره سالم است');
  await expect(answer).toHaveAttribute('data-intact', 'true');
  await expectAccessible(admin);
  for (let i = 0; i < 25; i++) {
    const before = await answer.textContent();
    await verify.click();
    await expect(answer).not.toHaveText(before ?? '');
  }
  await expect(answer).toContainText('زنجیره سالم است');

  // Filter by action (the select), then page back through the older events.
  await admin.getByLabel('چه کاری').selectOption({ label: 'بررسی درستی زنجیرهٔ رویدادها' });
  await admin.getByRole('button', { name: 'نمایش', exact: true }).click();
  await expect(admin).toHaveURL(/action=audit\.verified/);
  const cards = admin.getByTestId('audit-event');
  await expect(cards).toHaveCount(25);
  expect(new Set(await cards.evaluateAll((items) => items.map((li) => li.getAttribute('data-action'))))).toEqual(new Set(['audit.verified']));
  await expect(cards.first()).toContainText('مدیر سامانه');
  const firstPage = await cards.evaluateAll((items) => items.map((li) => li.textContent));
  await expectAccessible(admin);

  await admin.getByRole('link', { name: 'رویدادهای قدیمی‌تر' }).click();
  await expect(admin).toHaveURL(/after=\d+\.\d+/);
  await expect(admin).toHaveURL(/action=audit\.verified/);
  await expect(cards.first()).toBeVisible();
  const secondPage = await cards.evaluateAll((items) => items.map((li) => li.textContent));
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((text) => firstPage.includes(text))).toEqual([]);
  expect(new Set(await cards.evaluateAll((items) => items.map((li) => li.getAttribute('data-action'))))).toEqual(new Set(['audit.verified']));
  await admin.getByRole('link', { name: 'بازگشت به تازه‌ترین‌ها' }).click();
  await expect(cards).toHaveCount(25);
  await admin.context().close();
});

test('the filter form works without JavaScript and keeps what was typed', async ({ browser }) => {
  const national = await signedIn(browser, 'national@sajam.test', { javaScriptEnabled: false });
  await national.goto('/audit');
  await national.getByLabel('چه کاری').selectOption({ label: 'ورود' });
  await national.getByLabel('چه کسی').fill('national@sajam.test');
  await national.getByLabel('از تاریخ').fill('۱۴۰۰/۰۱/۰۱');
  await national.getByRole('button', { name: 'نمایش', exact: true }).click();
  await expect(national).toHaveURL(/action=auth\.login/);
  const cards = national.getByTestId('audit-event');
  await expect(cards.first()).toBeVisible();
  expect(new Set(await cards.evaluateAll((items) => items.map((li) => li.getAttribute('data-action'))))).toEqual(new Set(['auth.login']));
  await expect(cards.first()).toContainText('ستاد ملی');

  // A date that is not a Jalali date: the message next to the field, every value kept.
  await national.getByLabel('از تاریخ').fill('1405/13/01');
  await national.getByRole('button', { name: 'نمایش', exact: true }).click();
  await expect(national.locator('#from-error')).toHaveText('تاریخ شمسی را به شکل ۱۴۰۵/۰۹/۱۲ بنویسید.');
  await expect(national.getByLabel('از تاریخ')).toHaveValue('1405/13/01');
  await expect(national.getByLabel('چه کسی')).toHaveValue('national@sajam.test');
  await expect(national.getByLabel('چه کاری')).toHaveValue('auth.login');
  await national.context().close();
});

for (const who of ['member@sajam.test', 'agency@sajam.test']) {
  test(`${who} gets the 403 page at /audit`, async ({ browser }) => {
    const page = await signedIn(browser, who);
    const response = await page.goto('/audit');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'دسترسی ندارید (۴۰۳)' })).toBeVisible();
    await page.context().close();
  });
}

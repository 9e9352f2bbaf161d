import { expect, test, type Page, type Request } from '@playwright/test';
import { expectAccessible } from './support';

// The public pages arrive without their scripts; the scripts come when the visitor starts to write in a
// form (lib/http/deferred-scripts.mjs, issue #12). Until they arrive the form is a plain HTML form, and
// what was typed, picked and chosen meanwhile must survive hydration (components/ui/form-on-screen.ts).

const chunk = (r: Request) => r.url().includes('/_next/static/chunks/') && r.url().endsWith('.js');

/** Holds every script until `release()`; counts what was asked for. */
async function holdScripts(page: Page) {
  const asked: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    asked.push(route.request().url());
    await released;
    await route.continue().catch(() => {});
  });
  return { asked, release };
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const form = document.querySelector('main form');
    return Boolean(form) && Object.keys(form!).some((k) => k.startsWith('__reactFiber'));
  });

const photo = {
  name: 'street.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
};

test('a public page costs no script until the visitor starts to write', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => chunk(r) && scripts.push(r.url()));
  for (const path of ['/', '/track', '/join', '/login', '/report']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts, path).toEqual([]);
    await expect(page.locator('script[type="sajam/deferred"]').first()).toBeAttached();
  }
  // Reading and following links costs nothing either.
  await page.getByRole('link', { name: 'سجام' }).first().click();
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  // The first focus in a form brings them, and the form hydrates.
  await page.goto('/track');
  await page.getByLabel('کد پیگیری').focus();
  await hydrated(page);
  expect(scripts.length).toBeGreaterThan(0);
  await expectAccessible(page);
});

test('what was typed, picked and chosen before the scripts arrived survives hydration', async ({ page }) => {
  const held = await holdScripts(page);
  await page.goto('/report');
  const description = 'آب لوله اصلی خیابان شهید بهشتی از دیروز صبح قطع است و کسی پاسخ نمی‌دهد.';
  await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'اصفهان' });
  await page.getByLabel('شهرستان (اختیاری)').selectOption({ label: 'کاشان' });
  await page.getByLabel('شرح').fill(description);
  await page.getByLabel('پیوست‌ها (اختیاری)').setInputFiles(photo);
  await page.getByLabel('می‌خواهم با من تماس گرفته شود').check();
  await page.getByLabel('شماره همراه', { exact: true }).fill('09121234567');
  expect(held.asked.length).toBeGreaterThan(0);

  held.release();
  await hydrated(page);
  // Hydrated: the county list now holds the chosen province's counties only, and nothing was dropped.
  await expect(page.getByLabel('استان', { exact: true }).locator('option:checked')).toHaveText('اصفهان');
  await expect(page.getByLabel('شهرستان (اختیاری)').locator('option:checked')).toHaveText('کاشان');
  await expect(page.getByLabel('شهرستان (اختیاری)').locator('optgroup')).toHaveCount(1);
  await expect(page.getByLabel('شرح')).toHaveValue(description);
  await expect(page.getByLabel('دسته').locator('option:checked')).toHaveText('مشکلات محله و شهر');
  await expect(page.getByLabel('می‌خواهم با من تماس گرفته شود')).toBeChecked();
  await expect(page.getByLabel('شماره همراه', { exact: true })).toHaveValue('09121234567');
  // The enhancements know what is on screen: the counter and the chosen file's preview.
  await expect(page.getByText(`${description.length.toLocaleString('fa-IR')} از ۵٬۰۰۰ نویسه`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'پیوست‌های انتخاب‌شده' }).getByText('street.png')).toBeVisible();
  // Changing the province now narrows the county list and forgets the county.
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await expect(page.getByLabel('شهرستان (اختیاری)')).toHaveValue('');
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'اصفهان' });
  await page.getByLabel('شهرستان (اختیاری)').selectOption({ label: 'کاشان' });
  await expectAccessible(page);

  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  await expect(page.getByTestId('tracking-code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
});

test('a field tapped before the whole page has arrived still brings every script (a poor link)', async ({ page }) => {
  test.setTimeout(120_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // 5 KB/s: the form shows long before the last script tag (after </main>) has arrived.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 5000, uploadThroughput: 5000 });
  await page.addInitScript(() => {
    const watch = new MutationObserver(() => {
      const field = document.querySelector<HTMLElement>('main form textarea');
      if (field) {
        watch.disconnect();
        (window as unknown as { seenAtFocus: boolean }).seenAtFocus = document.readyState === 'loading';
        field.focus();
      }
    });
    watch.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/report', { waitUntil: 'domcontentloaded', timeout: 100_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  expect(await page.evaluate(() => (window as unknown as { seenAtFocus: boolean }).seenAtFocus)).toBe(true);
  await hydrated(page);
  await expect(page.locator('script[type="sajam/deferred"]')).toHaveCount(0);
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'اصفهان' });
  await expect(page.getByLabel('شهرستان (اختیاری)').locator('optgroup')).toHaveCount(1);
});

test('a saved draft brings the scripts at once; typing first keeps the screen and offers the draft', async ({ page }) => {
  await page.goto('/report');
  await page.getByLabel('شرح').fill('پیش‌نویس قدیمی: چاله بزرگ وسط خیابان کنار مدرسه.');
  await expect(page.getByText('پیش‌نویس این گزارش فقط روی همین دستگاه')).toBeVisible();

  // Back later: the draft asks for the scripts without any focus, and comes back into the form.
  const scripts: string[] = [];
  page.on('request', (r) => chunk(r) && scripts.push(r.url()));
  await page.goto('/report');
  await expect(page.getByLabel('شرح')).toHaveValue('پیش‌نویس قدیمی: چاله بزرگ وسط خیابان کنار مدرسه.');
  expect(scripts.length).toBeGreaterThan(0);

  // Back again on a link so slow that the person starts typing first: their text stays, the draft is offered.
  const held = await holdScripts(page);
  // (The draft asked for the scripts at once; held, they keep the load event from firing.)
  await page.goto('/report', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('شرح').fill('متن تازه‌ای که پیش از آماده شدن صفحه نوشته شد.');
  held.release();
  await hydrated(page);
  await expect(page.getByText('پیش‌نویس قبلی این گزارش روی همین دستگاه مانده است')).toBeVisible();
  await expect(page.getByLabel('شرح')).toHaveValue('متن تازه‌ای که پیش از آماده شدن صفحه نوشته شد.');
  await expectAccessible(page);
  // Nothing was saved over the earlier draft; bringing it back puts it in place.
  await page.getByLabel('شرح').fill('متن تازه‌ای که پیش از آماده شدن صفحه نوشته شد و ادامه یافت.');
  await page.getByRole('button', { name: 'بازگرداندن پیش‌نویس قبلی' }).click();
  await expect(page.getByLabel('شرح')).toHaveValue('پیش‌نویس قدیمی: چاله بزرگ وسط خیابان کنار مدرسه.');
  // Clearing the draft removes the copy on this device, not what is on screen.
  await page.getByLabel('شرح').fill('پیش‌نویس قدیمی: چاله بزرگ وسط خیابان کنار مدرسه، هنوز هست.');
  await page.waitForFunction(() => localStorage.getItem('sajam:draft:report')?.includes('هنوز هست'));
  await page.getByRole('button', { name: 'پاک کردن پیش‌نویس' }).click();
  await expect(page.getByLabel('شرح')).toHaveValue('پیش‌نویس قدیمی: چاله بزرگ وسط خیابان کنار مدرسه، هنوز هست.');
  expect(await page.evaluate(() => localStorage.getItem('sajam:draft:report'))).toBeNull();
});

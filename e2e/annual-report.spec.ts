import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signedIn } from './support';

// The annual report (issue #17): the national office asks for the current year's report, follows its progress,
// downloads the PDF and confirms it on the public verification page; province staff do the same for their province
// without JavaScript. On a 390 × 844 phone; every new page scanned with axe.
const phone = { viewport: { width: 390, height: 844 } };
test.use(phone);
// Two reports made and downloaded, a verification page visited, the dashboards counted.
test.setTimeout(180_000);

/** The newest request on /annual-reports, once ready (the page refreshes itself; without JavaScript too). */
async function newestReady(page: Page) {
  const newest = page.getByTestId('annual-report').first();
  await expect
    .poll(
      async () => {
        await page.reload();
        return newest.getAttribute('data-status');
      },
      { timeout: 90_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBe('DONE');
  return newest;
}

async function downloadPdf(page: Page, item: ReturnType<Page['getByTestId']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: /دریافت فایل PDF/ }).click()]);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { bytes, filename: download.suggestedFilename() };
}

test('the national office asks for this year’s report, sees its progress, downloads it and verifies it', async ({ browser }) => {
  const page = await signedIn(browser, 'national@sajam.test', phone);
  await page.goto('/national');
  await page.getByRole('link', { name: 'گزارش سالانه' }).click();
  await expect(page).toHaveURL(/\/annual-reports$/);
  await expect(page.getByRole('heading', { level: 1, name: 'گزارش سالانه' })).toBeVisible();
  await expectAccessible(page);

  // The current year is the first choice; the whole country the default scope.
  await expect(page.getByLabel('سال (شمسی)')).toHaveValue(/^1\d{3}$/);
  const year = await page.getByLabel('سال (شمسی)').inputValue();
  await expect(page.getByLabel('گستره')).toHaveValue('national');
  await page.getByRole('button', { name: 'درخواست گزارش' }).click();
  await expect(page.getByText(/درخواست ثبت شد|در حال ساخت است/)).toBeVisible();

  // Its progress: queued or being made (a bar with its percent as text), unless it was already done.
  const newest = page.getByTestId('annual-report').first();
  await expect(newest.getByRole('heading', { name: /کل کشور/ })).toBeVisible();
  const status = await newest.getAttribute('data-status');
  expect(['QUEUED', 'RUNNING', 'DONE']).toContain(status);
  if (status !== 'DONE') {
    await expect(newest.getByRole('progressbar')).toBeVisible();
    await expect(newest.getByText(/پیشرفت: [۰-۹]+٪/)).toBeVisible();
    // The list refreshes itself (router.refresh, not a reload): the answer and the form's choices stay (break-it).
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
    await page.getByLabel('گستره').selectOption({ label: 'تهران' });
    await expect.poll(() => newest.getAttribute('data-status'), { timeout: 90_000, intervals: [1_000, 2_000] }).toBe('DONE');
    await expect(page.getByText(/درخواست ثبت شد|در حال ساخت است/)).toBeVisible();
    await expect(page.getByLabel('گستره')).toHaveValue(/^province:/);
  }

  const ready = await newestReady(page);
  await expectAccessible(page);
  const { bytes, filename } = await downloadPdf(page, ready);
  expect(filename).toBe(`sajam-annual-${year}-national.pdf`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await expect(ready.getByText(sha256)).toBeVisible();
  const code = (await ready.getByTestId('verify-code').textContent())!.trim();

  // The public page, in a browser with no session.
  const visitor = await (await browser.newContext({ ...test.info().project.use, ...phone })).newPage();
  await visitor.goto(`/verify/report/${code}`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'تأیید گزارش سالانهٔ سجام' })).toBeVisible();
  await expect(visitor.getByText('این کد را سجام صادر کرده است.')).toBeVisible();
  await expect(visitor.getByTestId('issued-sha256')).toHaveText(sha256);
  await expectAccessible(visitor);
  await visitor.getByLabel('درهم‌نگاشت SHA-256 فایل شما').fill(`${sha256}  ${filename}`);
  await visitor.getByRole('button', { name: 'سنجش', exact: true }).click();
  await expect(visitor.getByText('مطابقت دارد: این فایل همان سندی است که سجام صادر کرده است.')).toBeVisible();
  const altered = Buffer.from(bytes);
  altered[altered.length - 20]! ^= 1;
  await visitor.getByLabel(/یا فایل PDF/).setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: altered });
  await visitor.getByRole('button', { name: 'بارگذاری و سنجش' }).click();
  await expect(visitor.getByText(/مطابقت ندارد: این فایل همان سندی نیست/)).toBeVisible();

  const unknown = await visitor.goto('/verify/report/ZZZZZ-ZZZZZ');
  expect(unknown?.status()).toBe(404);
  await expect(visitor.getByRole('heading', { name: 'این کد تأیید شناخته نیست' })).toBeVisible();
  // The page offers to check another code.
  await expect(visitor.getByLabel('کد دیگری را بررسی کنید')).toBeVisible();
  await expectAccessible(visitor);

  // The same figures as a staff page.
  await page.goto(`/national/dashboard?year=${year}`);
  await expect(page.getByRole('heading', { level: 1, name: 'داشبورد سالانه' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /زمان هر مرحلهٔ بررسی/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test('province staff ask for their province’s report with the plain form and follow the list', async ({ browser }) => {
    const page = await signedIn(browser, 'province@sajam.test', { ...phone, javaScriptEnabled: false });
    await page.goto('/annual-reports');
    const scope = page.getByLabel('گستره');
    // Their province only: no national scope, no agencies.
    await expect(scope.locator('option')).toHaveCount(1);
    const province = (await scope.locator('option').textContent())!.trim();
    await page.getByRole('button', { name: 'درخواست گزارش' }).click();
    await expect(page.getByText(/درخواست ثبت شد|در حال ساخت است/)).toBeVisible();
    const newest = page.getByTestId('annual-report').first();
    await expect(newest.getByRole('heading', { name: new RegExp(province) })).toBeVisible();
    if ((await newest.getAttribute('data-status')) !== 'DONE')
      await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute('content', '5; url=/annual-reports');
    await page.goto('/annual-reports');
    const ready = await newestReady(page);
    const { bytes } = await downloadPdf(page, ready);
    const code = (await ready.getByTestId('verify-code').textContent())!.trim();
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);

    // The code typed where the PDF says to type it (a GET form): a wrong one is said next to the field and kept; the
    // right one, typed loosely, leads to the verification page.
    await page.goto('/verify/report');
    await page.getByLabel('کد تأیید').fill('AB3K7');
    await page.getByRole('button', { name: 'بررسی کد' }).click();
    await expect(page.getByText(/این کد تأیید نیست/)).toBeVisible();
    await expect(page.getByLabel('کد تأیید')).toHaveValue('AB3K7');
    await page.getByLabel('کد تأیید').fill(code.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'بررسی کد' }).click();
    await expect(page).toHaveURL(new RegExp(`/verify/report/${code}$`));
    await expect(page.getByText('این کد را سجام صادر کرده است.')).toBeVisible();

    // The verification page's pasted-hash form is a GET: it works without JavaScript.
    await page.getByLabel('درهم‌نگاشت SHA-256 فایل شما').fill(createHash('sha256').update(bytes).digest('hex'));
    await page.getByRole('button', { name: 'سنجش', exact: true }).click();
    await expect(page).toHaveURL(/\?sha256=[0-9a-f]{64}$/);
    await expect(page.getByText('مطابقت دارد: این فایل همان سندی است که سجام صادر کرده است.')).toBeVisible();

    await page.goto('/province/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'داشبورد سالانه' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /زمان هر مرحلهٔ بررسی/ })).toBeVisible();

    // axe needs JavaScript in the page: the province's pages are scanned in a second, scripted browser.
    const scripted = await signedIn(browser, 'province@sajam.test', phone);
    for (const path of ['/annual-reports', '/province/dashboard', '/verify/report?code=AB3K7']) {
      await scripted.goto(path);
      await expectAccessible(scripted);
    }
  });
});

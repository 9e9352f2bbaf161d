import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, reportReviewedToReferral, signedIn } from './support';

// Publishing an outcome (issue #16, part A): a case is driven to CLOSED (reviewed, referred to the
// municipality, answered, accepted); the national office previews a summary that holds a phone number, is
// warned, publishes once it ticked that it checked; the reporter sees the published card on /track; the
// national office unpublishes it with a reason, then publishes again with JavaScript off.

const SUMMARY = 'شهروندی گزارش داد که آب لوله‌کشی یک محله بوی بد می‌دهد؛ شهرداری لوله فرسوده را تعویض کرد.';
const ANSWER = 'شهرداری منطقه لوله فرسوده را تعویض کرد و آب سالم شد.';

/** The publish form, opened. */
async function publishForm(page: Page) {
  const form = page.locator('details', { has: page.locator('summary', { hasText: 'انتشار نتیجه' }) });
  if (!(await form.getAttribute('open'))) await form.locator('summary').click();
  return form;
}

test('the national office publishes a closed case with a checked summary; the reporter sees it; it is unpublished with a reason', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const marker = `نتیجه${Date.now().toString(36)}`;
  const { trackingCode, reportUrl, national } = await reportReviewedToReferral(page, browser, marker);
  await national.locator('summary', { hasText: 'ارجاع به دستگاه' }).click();
  const refer = national.locator('details', { has: national.locator('summary', { hasText: 'ارجاع به دستگاه' }) });
  await refer.getByRole('checkbox', { name: 'شهرداری تهران' }).check();
  await refer.getByLabel('می‌دانم که ارجاع به دستگاه برگشت‌پذیر نیست').check();
  await refer.getByRole('button', { name: 'ارجاع به دستگاه' }).click();
  await expect(national.getByTestId('review-status')).toHaveText('ارجاع به دستگاه مسئول');

  // The municipality answers in its portal; the national office accepts: the case closes.
  const city = await signedIn(browser, 'agency@sajam.test');
  await city.getByTestId('referral-list').getByRole('listitem').filter({ hasText: marker }).getByRole('link').click();
  const respond = city.locator('details', { has: city.locator('summary', { hasText: 'ثبت پاسخ' }) }).first();
  await respond.locator('summary').click();
  await respond.locator('textarea[name="note"]').fill('لوله فرسوده تعویض شد.');
  await respond.getByRole('button', { name: 'ثبت پاسخ' }).click();
  await expect(city.getByTestId('referral-status')).toHaveText('پاسخ داده شد، در انتظار ارزیابی');
  await city.context().close();

  await national.reload();
  const card = national.getByTestId('referral').filter({ hasText: 'شهرداری تهران' });
  await card.locator('summary', { hasText: 'پذیرش پاسخ' }).click();
  await card.getByLabel('نتیجه برای گزارش‌دهنده').selectOption({ label: 'حل شد' });
  await card.getByRole('checkbox').check();
  await card.getByRole('button', { name: 'پذیرش پاسخ' }).click();
  await national.reload();
  await expect(national.getByTestId('review-status')).toHaveText('بسته شد');

  // A summary with a phone number: the preview warns, writes nothing, and keeps what was typed.
  let form = await publishForm(national);
  await form.getByLabel('خلاصه عمومی').fill(`${SUMMARY} تماس: ۰۹۱۲ ۳۴۵ ۶۷۸۹`);
  await form.getByLabel('خلاصه پاسخ دستگاه').fill(ANSWER);
  await form.getByRole('button', { name: 'پیش‌نمایش' }).click();
  await expect(form.getByTestId('publish-warnings')).toContainText('۰۹۱۲ ۳۴۵ ۶۷۸۹');
  await expect(form.getByTestId('outcome-card')).toContainText(ANSWER);
  await expect(form.getByTestId('outcome-resolution')).toHaveText('مشکل برطرف شد');
  await expect(form.getByLabel('خلاصه عمومی')).toHaveValue(`${SUMMARY} تماس: ۰۹۱۲ ۳۴۵ ۶۷۸۹`);
  await expect(national.getByTestId('review-status')).toHaveText('بسته شد');
  await expectAccessible(national);

  // Publishing with the warnings unchecked is refused, with the values kept; rewritten, it publishes.
  await form.getByLabel('می‌دانم که این نتیجه برای همه دیده می‌شود').check();
  await form.getByRole('button', { name: 'انتشار نتیجه' }).click();
  await expect(form.getByText('«هشدارها را بررسی کردم» را علامت بزنید').first()).toBeVisible();
  await expect(form.getByLabel('خلاصه پاسخ دستگاه')).toHaveValue(ANSWER);
  await form.getByLabel('خلاصه عمومی').fill(SUMMARY);
  await form.getByRole('button', { name: 'پیش‌نمایش' }).click();
  await expect(form.getByTestId('publish-no-warnings')).toBeVisible();
  await form.getByLabel('می‌دانم که این نتیجه برای همه دیده می‌شود').check();
  await form.getByRole('button', { name: 'انتشار نتیجه' }).click();
  await expect(national.getByTestId('review-status')).toHaveText('نتیجه منتشر شد');
  await expect(national.getByRole('region', { name: 'نتیجه منتشرشده' }).getByTestId('outcome-summary')).toHaveText(SUMMARY);
  await expectAccessible(national);

  // The reporter sees the published outcome on /track, and is told it is what the public sees.
  await page.goto('/track');
  await page.getByLabel('کد پیگیری').fill(trackingCode);
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  const published = page.getByTestId('published-outcome');
  await expect(published.getByTestId('outcome-summary')).toHaveText(SUMMARY);
  await expect(published).toContainText('این همان چیزی است که مردم');
  await expect(published).toContainText('شهرداری تهران');
  await expectAccessible(page);

  // Unpublished with a reason (refused without one); the summaries stay for the next publication.
  const unpublish = national.locator('details', { has: national.locator('summary', { hasText: 'برداشتن نتیجه از انتشار' }) });
  await unpublish.locator('summary').click();
  await unpublish.getByLabel('می‌دانم که این نتیجه از صفحه‌های عمومی برداشته می‌شود.').check();
  await unpublish.getByRole('button', { name: 'برداشتن از انتشار' }).click();
  await expect(unpublish.getByText('دلیل را بنویسید.').first()).toBeVisible();
  await unpublish.getByLabel('دلیل (فقط کارشناسان می‌بینند)').fill('محله در خلاصه قابل شناسایی است.');
  await unpublish.getByRole('button', { name: 'برداشتن از انتشار' }).click();
  await expect(national.getByTestId('review-status')).toHaveText('بسته شد');
  await expect(national.getByText('محله در خلاصه قابل شناسایی است.')).toBeVisible();
  await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
  await expect(page.getByTestId('published-outcome')).toHaveCount(0);

  // Without JavaScript: the same form posts and comes back with the preview and every value, then publishes.
  const plain = await signedIn(browser, 'national@sajam.test', { javaScriptEnabled: false });
  await plain.goto(reportUrl);
  form = plain.locator('details', { has: plain.locator('summary', { hasText: 'انتشار نتیجه' }) });
  await form.locator('summary').click();
  await expect(form.getByLabel('خلاصه عمومی')).toHaveValue(SUMMARY);
  await form.getByLabel('خلاصه پاسخ دستگاه').fill(`${ANSWER} پیگیری ادامه دارد.`);
  await form.getByRole('button', { name: 'پیش‌نمایش' }).click();
  form = plain.locator('details', { has: plain.locator('summary', { hasText: 'انتشار نتیجه' }) });
  await expect(form.getByTestId('outcome-card')).toContainText('پیگیری ادامه دارد.');
  await expect(form.getByLabel('خلاصه پاسخ دستگاه')).toHaveValue(`${ANSWER} پیگیری ادامه دارد.`);
  await form.getByLabel('می‌دانم که این نتیجه برای همه دیده می‌شود').check();
  await form.getByRole('button', { name: 'انتشار نتیجه' }).click();
  await expect(plain.getByTestId('review-status')).toHaveText('نتیجه منتشر شد');

  // Published again: on /outcomes (without JavaScript, then with it) and in the open-data CSV.
  await plain.goto(`/outcomes?q=${encodeURIComponent('لوله فرسوده تعویض')}`);
  await expect(plain.getByTestId('outcome-item').first()).toContainText(SUMMARY.slice(0, 30));
  await plain.getByTestId('outcome-item').first().getByRole('link').click();
  await expect(plain.getByTestId('outcome-summary')).toHaveText(SUMMARY);
  await page.goto(`/outcomes?q=${encodeURIComponent('لوله فرسوده تعویض')}`);
  await expect(page.getByTestId('outcome-item').first()).toContainText(SUMMARY.slice(0, 30));
  const csv = await page.request.get(`/api/open-data/outcomes.csv?q=${encodeURIComponent('لوله فرسوده تعویض')}`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(SUMMARY);
  expect(text).toContain('پیگیری ادامه دارد.');
  expect(text).not.toContain(marker);
  await plain.context().close();
  await national.context().close();
});

import { expect, test } from '@playwright/test';
import { expectAccessible, logIn } from './support';

test('submit anonymously → keep the code → track it → answer a reviewer’s question', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const marker = `محله آزمون ${Date.now().toString(36)}`;

  await test.step('the form explains mistakes next to each field and keeps what was typed', async () => {
    await page.goto('/report');
    await expectAccessible(page);
    await page.getByLabel('شرح').fill('کوتاه');
    await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    await expect(page.locator('#categoryId-error')).toHaveText('دسته را انتخاب کنید.');
    await expect(page.locator('#provinceId-error')).toHaveText('استان را انتخاب کنید.');
    await expect(page.locator('#description-error')).toHaveText('شرح باید دست‌کم ۲۰ نویسه باشد.');
    await expect(page.getByLabel('شرح')).toHaveValue('کوتاه');
    await expectAccessible(page);
  });

  let code = '';
  await test.step('a valid report gets a tracking code, shown once with copy, save and QR', async () => {
    await page.getByRole('radio', { name: 'گزارش' }).check();
    await page.getByLabel('دسته').selectOption({ label: 'مشکلات محله و شهر' });
    await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
    await page.getByLabel('شهرستان (اختیاری)').selectOption({ label: 'تهران' });
    await page.getByLabel('محل (اختیاری)').fill(marker);
    await page.getByLabel('روز').selectOption('2');
    await page.getByLabel('ماه').selectOption({ label: 'مهر' });
    await page.getByLabel('سال').selectOption({ index: 1 });
    await page.getByLabel('شرح').fill(`${marker}: چراغ‌های کوچه سه ماه است خاموش است و شب‌ها رفت‌وآمد ناامن شده است.`);
    await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    const shown = page.getByTestId('tracking-code');
    await expect(shown).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    code = (await shown.textContent())!.trim();
    // One line, never broken mid-code, on a 390 px phone too.
    await page.setViewportSize({ width: 390, height: 844 });
    const box = (await shown.boundingBox())!;
    expect(box.height).toBeLessThan(60);
    await expect(page.locator('#done')).toBeFocused();
    await expect(page.getByRole('img', { name: 'کد QR کد پیگیری' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'ذخیره در فایل' }).click();
    expect((await download).suggestedFilename()).toBe('sajam-tracking-code.txt');
    await expectAccessible(page);
  });

  await test.step('the code, typed loosely, shows the report at the provincial review', async () => {
    await page.goto('/track');
    await page.getByLabel('کد پیگیری').fill(`  ${code.toLowerCase().replace(/-/g, ' ')} `);
    await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('در بررسی ستاد استان');
    await expectAccessible(page);
  });

  await test.step('a wrong code gets a clear Persian message', async () => {
    await page.goto('/track');
    await page.getByLabel('کد پیگیری').fill('ABCD-EFGH-JKMN-PQRS');
    await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
    await expect(page.locator('#code-error')).toHaveText('گزارشی با این کد پیدا نشد. کد را دوباره بررسی کنید.');
  });

  await test.step('provincial staff find it in their queue and ask the reporter a question', async () => {
    const staff = await browser.newContext({ locale: 'fa-IR' });
    const reviewer = await staff.newPage();
    await logIn(reviewer, 'province@sajam.test');
    await expect(reviewer).toHaveURL(/\/province$/);
    const item = reviewer.getByRole('listitem').filter({ hasText: marker });
    // The row's main action is a comfortable target on a phone (it was 53×24 px).
    const open = (await item.getByRole('link', { name: /مشاهده/ }).boundingBox())!;
    expect(open.height).toBeGreaterThanOrEqual(44);
    await item.getByRole('link', { name: /مشاهده/ }).click();
    await expect(reviewer.getByTestId('review-status')).toHaveText('در بررسی ستاد استان');
    await expect(reviewer.getByText('گزارش مردمی بی‌نام')).toBeVisible();
    await expectAccessible(reviewer);
    await reviewer.locator('summary', { hasText: 'پرسش از گزارش‌دهنده' }).click();
    await reviewer.getByLabel('پرسش شما از گزارش‌دهنده').fill('کدام کوچه؟ لطفاً نام کوچه را بنویسید.');
    await reviewer.getByRole('button', { name: 'پرسش از گزارش‌دهنده' }).click();
    await expect(reviewer.getByTestId('review-status')).toHaveText('نیاز به توضیح بیشتر');
    await expect(reviewer.getByText('کدام کوچه؟ لطفاً نام کوچه را بنویسید.').first()).toBeVisible();
    await staff.close();
  });

  await test.step('the reporter sees the question and answers it; the report returns to the province', async () => {
    await page.goto('/track');
    await page.getByLabel('کد پیگیری').fill(code);
    await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('نیاز به توضیح بیشتر');
    await expect(page.getByText('کدام کوچه؟ لطفاً نام کوچه را بنویسید.').first()).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('پاسخ شما به پرسش کارشناسان').fill('کوچه شهید رضایی، نرسیده به میدان.');
    await page.getByRole('button', { name: 'ارسال' }).click();
    await expect(page.getByText('پیام شما ارسال شد.')).toBeVisible();
    await expect(page.getByTestId('report-status')).toHaveText('در بررسی ستاد استان');
    await expect(page.getByText('کوچه شهید رضایی، نرسیده به میدان.')).toBeVisible();
  });

  await test.step('the province reads the answer and sends the report on to the national office', async () => {
    const staff = await browser.newContext({ locale: 'fa-IR' });
    const reviewer = await staff.newPage();
    await logIn(reviewer, 'province@sajam.test');
    // Full-text search over the description and place finds the report by one of its words.
    await reviewer.locator('summary', { hasText: 'جست‌وجو و فیلتر گزارش‌ها' }).click();
    await reviewer.getByLabel('جست‌وجو در شرح و محل').fill(marker.split(' ').pop()!);
    await reviewer.getByRole('button', { name: 'اعمال' }).click();
    await expect(reviewer).toHaveURL(/q=/);
    const item = reviewer.getByRole('listitem').filter({ hasText: marker });
    await expect(item).toHaveCount(1);
    await item.getByRole('link', { name: /مشاهده/ }).click();
    await expect(reviewer.getByText('کوچه شهید رضایی، نرسیده به میدان.')).toBeVisible();
    await reviewer.locator('summary', { hasText: 'تأیید و ارسال به مرحله بعد' }).click();
    await reviewer.getByRole('button', { name: 'تأیید و ارسال به مرحله بعد' }).click();
    await expect(reviewer.getByTestId('review-status')).toHaveText('در بررسی ستاد ملی');
    await staff.close();

    await page.goto('/track');
    await page.getByLabel('کد پیگیری').fill(code);
    await page.getByRole('button', { name: 'نمایش وضعیت' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('در بررسی ستاد ملی');
  });
});

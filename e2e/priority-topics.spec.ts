import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signedIn } from './support';

// Priority topics (issue #15): the national office announces a national topic, which the home page and
// the report form then offer; Tehran's provincial staff announce one for their province, shown under
// the province's name, labelled in the form and refused for a report from another province.

/** Announces a topic from /topics/new with the days the form starts with (today and the thirty after); back on the list. */
async function announce(page: Page, fill: { title: string; titleEn: string; description: string }) {
  await page.goto('/topics');
  await page.getByRole('link', { name: 'اعلام حوزه تازه' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اعلام حوزه تازه');
  await expectAccessible(page);
  await page.getByLabel('عنوان', { exact: true }).fill(fill.title);
  await page.getByLabel('عنوان انگلیسی').fill(fill.titleEn);
  await page.getByLabel('شرح', { exact: true }).fill(fill.description);
  await page.getByRole('button', { name: 'ذخیره' }).click();
  await expect(page).toHaveURL(/\/topics$/);
  await expect(page.getByTestId('topics-open').getByRole('link', { name: fill.title })).toBeVisible();
}

const topicField = (page: Page) => page.getByLabel('حوزه اولویت‌دار (اختیاری)');

test('the national office and a province announce topics: on the home page and in the report form, a provincial one for its province only', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const marker = Date.now().toString(36);
  const nationalTitle = `پسماند بیمارستانی ${marker}`;
  const provincialTitle = `آلودگی هوای تهران ${marker}`;

  const national = await signedIn(browser, 'national@sajam.test');
  await announce(national, { title: nationalTitle, titleEn: `Hospital waste ${marker}`, description: 'رهاسازی پسماند عفونی بیمارستان‌ها در معابر و زمین‌ها.' });
  await expectAccessible(national);
  const nationalHref = (await national.getByTestId('topics-open').getByRole('link', { name: nationalTitle }).getAttribute('href'))!;
  await national.context().close();

  const staff = await signedIn(browser, 'province@sajam.test');
  await staff.goto('/topics/new');
  await expect(staff.getByText('این حوزه ویژه استان تهران است.')).toBeVisible();
  await announce(staff, { title: provincialTitle, titleEn: `Tehran air ${marker}`, description: 'کوره‌های آجرپزی و صنایع آلاینده اطراف تهران.' });
  // Their list is their province's; the national topic is not theirs to edit.
  await expect(staff.getByRole('link', { name: nationalTitle })).toHaveCount(0);
  const response = await staff.goto(nationalHref);
  expect(response?.status()).toBe(404);
  // Editing their own: the saved values are in the form, and a change is saved.
  await staff.goto('/topics');
  await staff.getByRole('link', { name: provincialTitle }).click();
  await expect(staff.getByLabel('عنوان', { exact: true })).toHaveValue(provincialTitle);
  await expect(staff.getByLabel('روز آغاز')).toHaveValue(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
  await expectAccessible(staff);
  await staff.getByLabel('شرح انگلیسی (اختیاری)').fill('Brick kilns and polluting industries around Tehran.');
  await staff.getByRole('button', { name: 'ذخیره' }).click();
  await expect(staff.getByText('ذخیره شد.')).toBeVisible();
  await staff.context().close();

  // The home page: the national topic with the others, the provincial one under its province's name.
  await page.goto('/');
  await expect(page.getByRole('link', { name: new RegExp(nationalTitle) })).toBeVisible();
  const tehran = page.getByRole('region', { name: 'ویژه استان تهران' });
  await expect(tehran.getByRole('link', { name: new RegExp(provincialTitle) })).toBeVisible();
  await expectAccessible(page);

  // The report form offers both, the provincial one labelled; once Isfahan is chosen, Tehran's is no longer
  // offered (the server refuses it anyway: lib/topics/save-topic.integration.test.ts), and back with Tehran.
  await tehran.getByRole('link', { name: new RegExp(provincialTitle) }).click();
  await expect(page).toHaveURL(/\/report\?topic=\d+/);
  await expect(topicField(page).locator('option', { hasText: nationalTitle })).toHaveCount(1);
  await expect(topicField(page).locator('option:checked')).toHaveText(`${provincialTitle} (ویژه استان تهران)`);
  await page.getByLabel('دسته').selectOption({ index: 1 });
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'اصفهان' });
  await expect(topicField(page).locator('option', { hasText: provincialTitle })).toHaveCount(0);
  await expect(topicField(page).locator('option', { hasText: nationalTitle })).toHaveCount(1);
  await expectAccessible(page);
  await page.getByLabel('استان', { exact: true }).selectOption({ label: 'تهران' });
  await topicField(page).selectOption({ label: `${provincialTitle} (ویژه استان تهران)` });
  await page.getByLabel('شرح').fill(`${marker}: دود کوره‌های آجرپزی شب‌ها همه محله را گرفته است.`);
  await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
  await expect(page.getByTestId('tracking-code')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a topic with a wrong date comes back with every value kept and the message by the field', async ({ browser }) => {
    const national = await signedIn(browser, 'national@sajam.test', { javaScriptEnabled: false });
    const title = `تصرف حریم رودخانه ${Date.now().toString(36)}`;
    await national.goto('/topics/new');
    await national.getByLabel('عنوان', { exact: true }).fill(title);
    await national.getByLabel('عنوان انگلیسی').fill('River banks');
    await national.getByLabel('شرح', { exact: true }).fill('ساخت‌وساز و دیوارکشی در حریم رودخانه‌ها.');
    await national.getByLabel('استان', { exact: true }).selectOption({ label: 'اصفهان' });
    await national.getByLabel('روز آغاز').fill('۱۴۰۵/۱۰/۰۱');
    await national.getByLabel('روز پایان').fill('۱۴۰۵/۰۹/۰۱');
    await national.getByRole('checkbox', { name: /^فعال/ }).uncheck();
    await national.getByRole('button', { name: 'ذخیره' }).click();
    await expect(national.locator('#endsOn-error')).toHaveText('روز پایان نمی‌تواند پیش از روز آغاز باشد.');
    await expect(national.getByLabel('عنوان', { exact: true })).toHaveValue(title);
    await expect(national.getByLabel('استان', { exact: true }).locator('option:checked')).toHaveText('اصفهان');
    await expect(national.getByLabel('روز آغاز')).toHaveValue('۱۴۰۵/۱۰/۰۱');
    await expect(national.getByLabel('روز پایان')).toHaveValue('۱۴۰۵/۰۹/۰۱');
    await expect(national.getByRole('checkbox', { name: /^فعال/ })).not.toBeChecked();
    // Corrected, it is saved (and, inactive, it is listed as such).
    await national.getByLabel('روز پایان').fill('1405/10/30');
    await national.getByRole('button', { name: 'ذخیره' }).click();
    await expect(national).toHaveURL(/\/topics$/);
    await expect(national.getByTestId('topics-inactive').getByRole('link', { name: title })).toBeVisible();
  });
});

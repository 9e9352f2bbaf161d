import { expect, test } from '@playwright/test';
import { uniqueNationalCode } from '../lib/testing/national-code';
import { expectAccessible, joinWithMobile, logIn } from './support';

test('a volunteer registers with a verified mobile, completes the application, and is vetted and approved with a membership code', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const mobile = `0936${Date.now().toString().slice(-7)}`;
  const lastName = `داوطلب${Date.now().toString(36)}`;
  const nationalCode = uniqueNationalCode();

  await test.step('verify the mobile with a one-time code and create the account', async () => {
    await joinWithMobile(page, mobile, { typed: mobile.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!), check: expectAccessible });
  });

  await test.step('fill the application step by step; the draft survives a reload', async () => {
    await expect(page.getByTestId('application-status')).toHaveText('پیش‌نویس');
    await expect(page.getByRole('navigation', { name: 'پیمایش اصلی' }).getByRole('link', { name: 'درخواست عضویت من' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('نام', { exact: true }).fill('نرگس');
    await page.getByLabel('نام خانوادگی').fill(lastName);
    await page.getByLabel('نام پدر').fill('محمود');
    await page.getByLabel('کد ملی').fill('1234567890');
    await page.getByLabel('تاریخ تولد').fill('۱۳۷۲/۰۸/۱۵');
    await page.getByLabel('جنسیت').selectOption({ label: 'زن' });
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await expect(page.locator('#nationalCode-error')).toContainText('کد ملی معتبر نیست');
    await expect(page.getByLabel('نام خانوادگی')).toHaveValue(lastName);
    await page.getByLabel('کد ملی').fill(nationalCode);
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await expect(page.getByRole('heading', { name: 'راه تماس' })).toBeVisible();

    await page.reload();
    await page.getByRole('link', { name: /مشخصات هویتی/ }).click();
    await expect(page.getByRole('heading', { name: 'مشخصات هویتی' })).toBeVisible();
    await expect(page.getByLabel('نام خانوادگی')).toHaveValue(lastName);
    await expect(page.getByLabel('کد ملی')).toHaveValue(nationalCode);

    await page.getByRole('link', { name: /راه تماس/ }).click();
    await expect(page.getByRole('heading', { name: 'راه تماس' })).toBeVisible();
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await expect(page.getByRole('heading', { name: 'محل سکونت' })).toBeVisible();
    await page.getByLabel('استان').selectOption({ label: 'تهران' });
    await page.getByLabel('شهرستان').selectOption({ label: 'تهران' });
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await expect(page.getByRole('heading', { name: 'سوابق و علایق' })).toBeVisible();
    await page.getByLabel('تحصیلات').fill('کارشناسی مدیریت');
    await page.getByLabel('شغل').fill('حسابدار');
    await page.getByLabel('مهارت‌ها').fill('حسابرسی، گزارش‌نویسی');
    await page.getByRole('checkbox', { name: 'تخلف' }).check();
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await expect(page.getByRole('heading', { name: 'تعهدنامه' })).toBeVisible();
    // Two of three boxes ticked: the error names the third, and the two stay ticked (a reset unticked them).
    const boxes = await page.getByRole('checkbox').all();
    await boxes[1]!.check();
    await boxes[2]!.check();
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await expect(page.locator('#commitments-error')).toHaveText('تأیید این بند لازم است.');
    await expect(boxes[1]!).toBeChecked();
    await expect(boxes[2]!).toBeChecked();
    await expect(page.locator('#step-message')).toBeFocused();
    for (const box of boxes) await box.check();
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'ارسال درخواست' }).click();
    await expect(page.getByTestId('application-status')).toHaveText('ارسال‌شده');
    await expectAccessible(page);
  });

  await test.step('the province vets it: details, identity, inquiries, approval with a membership code', async () => {
    const context = await browser.newContext({ locale: 'fa-IR' });
    const staff = await context.newPage();
    await logIn(staff, 'province@sajam.test');
    await expect(staff).toHaveURL(/\/province$/);
    await staff.getByRole('link', { name: 'درخواست‌های عضویت' }).click();
    await staff.getByRole('listitem').filter({ hasText: lastName }).getByRole('link', { name: /بررسی/ }).click();
    await expect(staff.getByTestId('vetting-status')).toHaveText('ارسال‌شده');
    await expect(staff.getByText(nationalCode)).toHaveCount(0);
    await expectAccessible(staff);
    const move = async (name: string, status: string) => {
      await staff.getByRole('button', { name }).click();
      await expect(staff.getByTestId('vetting-status')).toHaveText(status);
    };
    await move('شروع بررسی اطلاعات', 'بررسی اطلاعات');
    await move('تأیید اطلاعات و رفتن به احراز هویت', 'احراز هویت');
    await move('احراز هویت (تطبیق شماره همراه و کد ملی)', 'استعلام');
    await staff.getByRole('button', { name: 'انجام استعلام‌ها' }).click();
    await expect(staff.getByText('استعلام سوء پیشینه (شبیه‌ساز)')).toBeVisible();
    await staff.getByRole('button', { name: 'نمایش کامل کد ملی و شماره همراه' }).click();
    await expect(staff.getByTestId('applicant-identity')).toContainText(nationalCode);
    // Issuing a membership code cannot be undone: it asks for a tick first.
    await staff.getByRole('button', { name: 'تأیید صلاحیت و صدور کد عضویت' }).click();
    await expect(staff.getByText('برای این تصمیم، گزینه «می‌دانم…» را علامت بزنید.')).toBeVisible();
    await staff.getByLabel('می‌دانم که با تأیید، کد عضویت صادر می‌شود').check();
    await move('تأیید صلاحیت و صدور کد عضویت', 'تأیید شد');
    await expect(staff.getByTestId('vetting-membership-code')).toHaveText(/^۰۴-۱۴[۰-۹]{2}-[۰-۹]{5}$/);
    await expectAccessible(staff);
    // The applicant is told by SMS, with the membership code.
    const code = (await staff.getByTestId('vetting-membership-code').textContent())!.trim();
    await staff.goto('/dev/outbox');
    await expect(
      staff
        .getByTestId('outbox-message')
        .filter({ hasText: `کد عضویت شما ${code} است` })
        .first(),
    ).toBeVisible();

    // Cores: a bad new core is explained next to its fields; the new member joins the Narmak core.
    await staff.goto('/cores');
    await staff.getByLabel('نام هسته').fill('ک');
    await staff.getByRole('button', { name: 'ساخت هسته' }).click();
    await expect(staff.locator('#core-name-error')).toHaveText('نام هسته باید ۳ تا ۸۰ نویسه باشد.');
    await expect(staff.locator('#core-county-error')).toHaveText('شهرستانی از استان خودتان انتخاب کنید.');
    await expectAccessible(staff);
    await staff
      .getByRole('listitem')
      .filter({ hasText: 'هسته محله نارمک' })
      .getByRole('link', { name: /مدیریت هسته/ })
      .click();
    await staff.getByRole('button', { name: `افزودن نرگس ${lastName} به این هسته` }).click();
    await expect(staff.getByTestId('core-member').filter({ hasText: lastName })).toBeVisible();
    await expectAccessible(staff);
    await context.close();
  });

  await test.step("the approval (a new role) ended the applicant's session; logged in again, they see the membership code", async () => {
    await page.goto('/application');
    await expect(page).toHaveURL(/\/login\?next=(%2F|\/)application/);
    await page.getByLabel('شماره همراه یا ایمیل').fill(mobile);
    await page.getByLabel('گذرواژه').fill('volunteer-password-1405');
    await page.getByRole('button', { name: 'ورود' }).click();
    await expect(page).toHaveURL(/\/application$/);
    await expect(page.getByTestId('application-status')).toHaveText('تأیید شد');
    await expect(page.getByTestId('membership-code')).toHaveText(/^۰۴-۱۴[۰-۹]{2}-[۰-۹]{5}$/);
  });

  const marker = `گزارش داوطلب ${Date.now().toString(36)}`;
  await test.step('the member sees their core and its head, and reports into that core', async () => {
    await page.goto('/member');
    await expect(page.getByTestId('my-core')).toContainText('هسته محله نارمک');
    await expect(page.getByTestId('my-core')).toContainText('علی رضایی');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'ثبت گزارش تازه' }).click();
    await page.getByRole('radio', { name: 'گزارش' }).check();
    await page.getByLabel('دسته').selectOption({ label: 'تخلف' });
    await page.getByLabel('شرح').fill(`${marker}: فروشگاه سر خیابان کالای تاریخ‌گذشته را با برچسب تازه می‌فروشد.`);
    await page.getByRole('button', { name: 'ثبت و دریافت کد پیگیری' }).click();
    await expect(page.getByTestId('tracking-code')).toBeVisible();
  });

  await test.step('the core head sees the new member and the report in the core queue', async () => {
    const context = await browser.newContext({ locale: 'fa-IR' });
    const head = await context.newPage();
    await logIn(head, 'core.head@sajam.test');
    await expect(head).toHaveURL(/\/core$/);
    await expect(head.getByTestId('my-members')).toContainText(lastName);
    await expect(head.getByRole('listitem').filter({ hasText: marker })).toBeVisible();
    await expectAccessible(head);
    await context.close();
  });
});

// Persian report text assembled from everyday phrases, so full-text search meets a realistic vocabulary.
const subjects = [
  'چراغ‌های روشنایی کوچه',
  'آسفالت خیابان اصلی',
  'لوله آب محله',
  'مخزن زباله میدان',
  'پل عابر پیاده',
  'کانال فاضلاب',
  'تیر برق فرسوده',
  'درختان پارک محله',
  'ایستگاه اتوبوس',
  'مدرسه ابتدایی محله',
  'نانوایی سر کوچه',
  'داروخانه شبانه‌روزی',
  'بازار روز',
  'درمانگاه محله',
  'زمین بازی کودکان',
  'پیاده‌رو خیابان',
  'ساختمان نیمه‌کاره',
  'زمین خالی کنار رودخانه',
  'کارگاه صنعتی',
  'انبار کالا',
];
const problems = [
  'ماه‌هاست خراب مانده',
  'بدون مجوز تخریب شده',
  'محل تجمع معتادان شده',
  'آب‌گرفتگی شدید دارد',
  'گران‌فروشی آشکار دارد',
  'کالا را احتکار کرده است',
  'زباله در آن انباشته شده',
  'بوی نامطبوع آن محله را آزار می‌دهد',
  'بدون پروانه ساخت بالا رفته',
  'خطر ریزش دارد',
  'شب‌ها تاریک و ناامن است',
  'مدیر آن پاسخگو نیست',
  'رشوه گرفته می‌شود',
  'کارمندان آن وظیفه قانونی را انجام نمی‌دهند',
  'پسماند بیمارستانی در آن رها شده',
  'آب آشامیدنی آن آلوده است',
];
const consequences = [
  'و ساکنان بارها به شهرداری خبر داده‌اند',
  'و کودکان در خطرند',
  'و سالمندان نمی‌توانند رفت‌وآمد کنند',
  'و هیچ دستگاهی پیگیری نکرده است',
  'و شکایت‌های قبلی بی‌پاسخ مانده است',
  'و کسب‌وکارهای محله زیان دیده‌اند',
  'و بیماری در محله شایع شده است',
  'و مسئول مربوط ترک فعل کرده است',
];
const streets = [
  'شهید بهشتی',
  'امام خمینی',
  'آزادی',
  'انقلاب',
  'ولیعصر',
  'بهار',
  'گلستان',
  'لاله',
  'نارون',
  'مطهری',
  'طالقانی',
  'شریعتی',
  'فردوسی',
  'حافظ',
  'سعدی',
  'مولوی',
  'کارگر',
  'جمهوری',
];
const kinds = ['خیابان', 'کوچه', 'میدان', 'بلوار', 'شهرک', 'محله'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export function placeName(random: () => number): string {
  return `${pick(random, kinds)} ${pick(random, streets)}، پلاک ${1 + Math.floor(random() * 400)}`;
}

export function describeProblem(random: () => number): string {
  const sentences = 1 + Math.floor(random() * 3);
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(`${pick(random, subjects)} در ${placeName(random)} ${pick(random, problems)} ${pick(random, consequences)}.`);
  return parts.join(' ');
}

// The public texts of a published outcome (issue #16), as staff would write them: the report in general
// terms (never the description, never a street or a plate number), what the agency did, and the result;
// and the agency's answer as summarized for the public. Assembled from pieces so that /outcomes search
// meets common words («آب», «شهرداری»), rarer ones («احتکار», «پلمب») and words found nowhere.
const openings = [
  'شهروندی گزارش داد که',
  'در گزارشی اعلام شد که',
  'بنا بر گزارش یکی از اهالی،',
  'یکی از اعضای هسته محلی گزارش داد که',
  'گزارش رسیده حاکی بود که',
  'ساکنان محل گزارش دادند که',
];
const areas = [
  'یکی از محله‌های مرکزی شهر',
  'محله‌ای در جنوب شهر',
  'بخش شمالی شهر',
  'حاشیه شهر',
  'یکی از روستاهای شهرستان',
  'نزدیکی بازار شهر',
  'کنار جاده اصلی',
  'یکی از شهرک‌های تازه‌ساز',
];
const handlings = [
  'گزارش پس از بررسی در استان به دستگاه مسئول ارجاع شد.',
  'پس از تأیید ستاد ملی، موضوع برای رسیدگی به دستگاه مربوط فرستاده شد.',
  'هسته محلی موضوع را تأیید کرد و گزارش به دستگاه مسئول رسید.',
  'کارشناسان سجام مستندات را بررسی کردند و موضوع را ارجاع دادند.',
];
const resolved = [
  'مشکل برطرف شد و محل دوباره بازدید شد.',
  'خرابی تعمیر شد و وضعیت به حالت عادی بازگشت.',
  'متخلف شناسایی و پرونده به مرجع قضایی فرستاده شد.',
  'کالای احتکارشده کشف و با قیمت مصوب عرضه شد.',
  'واحد متخلف پلمب شد و تا رفع نقص بسته ماند.',
  'محل پاک‌سازی شد و برای نگهداری آن برنامه منظم گذاشته شد.',
  'نمونه آب آزمایش شد و پس از ضدعفونی مخزن، آب سالم برقرار شد.',
];
const unresolved = [
  'دستگاه اقدام کرد اما مشکل هنوز به طور کامل حل نشده است.',
  'به گفته دستگاه، رفع مشکل به بودجه سال آینده موکول شد.',
  'رسیدگی انجام شد ولی گزارش‌دهنده نتیجه را کافی ندانست.',
  'پرونده در مرجع قضایی در جریان است و نتیجه نهایی هنوز اعلام نشده است.',
];
const voices = ['دستگاه اعلام کرد', 'در پاسخ دستگاه آمده است که', 'به گزارش دستگاه مسئول،', 'پاسخ رسمی دستگاه:'];
const visits = ['گروه فنی در محل حاضر شد و', 'بازرسان از محل بازدید کردند و', 'مأموران دو نوبت از محل بازدید کردند و', 'با همکاری شهرداری منطقه،'];
const fixes = [
  'لوله‌کشی فرسوده تعویض شد',
  'آسفالت معابر ترمیم شد',
  'چراغ‌های روشنایی تعمیر شدند',
  'زباله‌ها جمع‌آوری و مخزن تازه نصب شد',
  'واحد صنفی متخلف پلمب شد',
  'پرونده تخلف تشکیل و جریمه تعیین شد',
  'کارمند خاطی به هیئت رسیدگی به تخلفات اداری معرفی شد',
  'ساخت‌وساز غیرمجاز متوقف شد',
  'انبار کالا بازرسی و کالای احتکارشده توقیف شد',
  'پسماند بیمارستانی با خودروی ویژه جمع‌آوری شد',
];
const declines = [
  'پس از بازدید، اقدام بیشتری لازم دانسته نشد',
  'اجرای طرح به برنامه سال آینده منتقل شد',
  'اعتبار لازم برای تعمیر هنوز تأمین نشده است',
  'موضوع در صلاحیت دستگاه دیگری تشخیص داده شد و به آن اطلاع داده شد',
];
const times = ['ظرف یک هفته', 'در کمتر از ده روز', 'پس از یک ماه', 'در همان روز', 'پس از پیگیری‌های مکرر'];

/** The staff's public summary of a published outcome (Report.publicOutcome). */
export function summarizeOutcome(random: () => number, resolution: 'RESOLVED' | 'UNRESOLVED' | null): string {
  const result = pick(random, resolution === 'UNRESOLVED' ? unresolved : resolved);
  return `${pick(random, openings)} ${pick(random, subjects)} در ${pick(random, areas)} ${pick(random, problems)}. ${pick(random, handlings)} ${result}`;
}

/** The agency's answer as staff summarized it for the public (Report.publicAnswer). */
export function summarizeAnswer(random: () => number, resolved: boolean): string {
  const voice = pick(random, voices);
  return resolved ? `${voice} ${pick(random, visits)} ${pick(random, fixes)} ${pick(random, times)}.` : `${voice} ${pick(random, declines)}.`;
}

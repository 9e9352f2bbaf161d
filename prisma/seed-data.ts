// Reference data for every deployment (provinces, categories) and the dev-only demo set.

/** The 31 provinces with their capital, in the trainers' four workshop groups of the first seed article. */
export const provinces: readonly { name: string; nameEn: string; capital: string; capitalEn: string; group: 1 | 2 | 3 | 4 }[] = [
  { name: 'چهارمحال و بختیاری', nameEn: 'Chaharmahal and Bakhtiari', capital: 'شهرکرد', capitalEn: 'Shahrekord', group: 1 },
  { name: 'کهگیلویه و بویراحمد', nameEn: 'Kohgiluyeh and Boyer-Ahmad', capital: 'یاسوج', capitalEn: 'Yasuj', group: 1 },
  { name: 'سمنان', nameEn: 'Semnan', capital: 'سمنان', capitalEn: 'Semnan', group: 1 },
  { name: 'تهران', nameEn: 'Tehran', capital: 'تهران', capitalEn: 'Tehran', group: 1 },
  { name: 'قم', nameEn: 'Qom', capital: 'قم', capitalEn: 'Qom', group: 1 },
  { name: 'اصفهان', nameEn: 'Isfahan', capital: 'اصفهان', capitalEn: 'Isfahan', group: 1 },
  { name: 'آذربایجان غربی', nameEn: 'West Azerbaijan', capital: 'ارومیه', capitalEn: 'Urmia', group: 1 },
  { name: 'بوشهر', nameEn: 'Bushehr', capital: 'بوشهر', capitalEn: 'Bushehr', group: 1 },
  { name: 'هرمزگان', nameEn: 'Hormozgan', capital: 'بندرعباس', capitalEn: 'Bandar Abbas', group: 2 },
  { name: 'ایلام', nameEn: 'Ilam', capital: 'ایلام', capitalEn: 'Ilam', group: 2 },
  { name: 'خوزستان', nameEn: 'Khuzestan', capital: 'اهواز', capitalEn: 'Ahvaz', group: 2 },
  { name: 'کرمانشاه', nameEn: 'Kermanshah', capital: 'کرمانشاه', capitalEn: 'Kermanshah', group: 2 },
  { name: 'کردستان', nameEn: 'Kurdistan', capital: 'سنندج', capitalEn: 'Sanandaj', group: 2 },
  { name: 'البرز', nameEn: 'Alborz', capital: 'کرج', capitalEn: 'Karaj', group: 2 },
  { name: 'قزوین', nameEn: 'Qazvin', capital: 'قزوین', capitalEn: 'Qazvin', group: 2 },
  { name: 'زنجان', nameEn: 'Zanjan', capital: 'زنجان', capitalEn: 'Zanjan', group: 2 },
  { name: 'فارس', nameEn: 'Fars', capital: 'شیراز', capitalEn: 'Shiraz', group: 3 },
  { name: 'خراسان جنوبی', nameEn: 'South Khorasan', capital: 'بیرجند', capitalEn: 'Birjand', group: 3 },
  { name: 'خراسان شمالی', nameEn: 'North Khorasan', capital: 'بجنورد', capitalEn: 'Bojnurd', group: 3 },
  { name: 'خراسان رضوی', nameEn: 'Razavi Khorasan', capital: 'مشهد', capitalEn: 'Mashhad', group: 3 },
  { name: 'کرمان', nameEn: 'Kerman', capital: 'کرمان', capitalEn: 'Kerman', group: 3 },
  { name: 'یزد', nameEn: 'Yazd', capital: 'یزد', capitalEn: 'Yazd', group: 3 },
  { name: 'سیستان و بلوچستان', nameEn: 'Sistan and Baluchestan', capital: 'زاهدان', capitalEn: 'Zahedan', group: 3 },
  { name: 'گیلان', nameEn: 'Gilan', capital: 'رشت', capitalEn: 'Rasht', group: 4 },
  { name: 'لرستان', nameEn: 'Lorestan', capital: 'خرم‌آباد', capitalEn: 'Khorramabad', group: 4 },
  { name: 'مرکزی', nameEn: 'Markazi', capital: 'اراک', capitalEn: 'Arak', group: 4 },
  { name: 'گلستان', nameEn: 'Golestan', capital: 'گرگان', capitalEn: 'Gorgan', group: 4 },
  { name: 'مازندران', nameEn: 'Mazandaran', capital: 'ساری', capitalEn: 'Sari', group: 4 },
  { name: 'همدان', nameEn: 'Hamadan', capital: 'همدان', capitalEn: 'Hamadan', group: 4 },
  { name: 'اردبیل', nameEn: 'Ardabil', capital: 'اردبیل', capitalEn: 'Ardabil', group: 4 },
  { name: 'آذربایجان شرقی', nameEn: 'East Azerbaijan', capital: 'تبریز', capitalEn: 'Tabriz', group: 4 },
];

export const categories = [
  { slug: 'crime', name: 'جرم', nameEn: 'Crime' },
  { slug: 'duty-failure', name: 'کوتاهی مسئولان در انجام وظیفه قانونی', nameEn: 'An official failing a legal duty' },
  { slug: 'omission', name: 'ترک فعل مدیران', nameEn: "A manager's omission" },
  { slug: 'violation', name: 'تخلف', nameEn: 'Violation' },
  { slug: 'public-health', name: 'سلامت عمومی', nameEn: 'Public health' },
  { slug: 'neighbourhood', name: 'مشکلات محله و شهر', nameEn: 'Neighbourhood problem' },
  { slug: 'other', name: 'سایر', nameEn: 'Other' },
] as const;

export const topics = [
  {
    slug: 'illegal-construction',
    title: 'ساخت‌وساز غیرمجاز و تصرف اراضی ملی',
    titleEn: 'Illegal construction and seizure of public land',
    description: 'گزارش ساخت‌وساز بدون مجوز، تغییر کاربری و تصرف اراضی ملی و منابع طبیعی.',
  },
  {
    slug: 'hoarding',
    title: 'احتکار و گران‌فروشی کالاهای اساسی',
    titleEn: 'Hoarding and overpricing of basic goods',
    description: 'انبارهای احتکار، عرضه نکردن کالای یارانه‌ای و فروش بالاتر از نرخ مصوب.',
  },
  {
    slug: 'public-health',
    title: 'بهداشت عمومی و سلامت مواد غذایی',
    titleEn: 'Public hygiene and food safety',
    description: 'عرضه مواد غذایی غیربهداشتی، رهاسازی پسماند و آلودگی منابع آب.',
  },
  {
    slug: 'neighbourhood-safety',
    title: 'امنیت و آسیب‌های اجتماعی محلات',
    titleEn: 'Neighbourhood safety and social harms',
    description: 'نقاط ناامن و کم‌نور، پاتوق‌های مواد مخدر و مشکلات محله‌ها.',
  },
] as const;

export const agencies = [
  { slug: 'inspection', name: 'سازمان بازرسی کل کشور', nameEn: 'General Inspection Organization' },
  { slug: 'health-ministry', name: 'وزارت بهداشت، درمان و آموزش پزشکی', nameEn: 'Ministry of Health and Medical Education' },
  { slug: 'environment', name: 'سازمان حفاظت محیط زیست', nameEn: 'Department of Environment' },
  { slug: 'police', name: 'فرماندهی انتظامی', nameEn: 'Law Enforcement Command' },
  { slug: 'tehran-municipality', name: 'شهرداری تهران', nameEn: 'Tehran Municipality', province: 'Tehran' },
] as const;

/** Demo cores: two in Tehran, one in Isfahan. */
export const demoCores = [
  { name: 'هسته محله نارمک', area: 'نارمک و تهرانپارس', province: 'Tehran' },
  { name: 'هسته محله یوسف‌آباد', area: 'یوسف‌آباد و امیرآباد', province: 'Tehran' },
  { name: 'هسته محله جلفا', area: 'جلفا و مرداویج', province: 'Isfahan' },
] as const;

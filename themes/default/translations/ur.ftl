# Interface strings for the default theme, in Urdu (اردو).
# ڈیفالٹ تھیم کی عبارتیں، اردو میں۔ جو کلید یہاں نہ ہو وہ انگریزی فائل (en.ftl) سے لی جاتی ہے۔

## Page furniture
skip-link = سیدھے اصل مواد پر جائیں
site-header-label = ویب سائٹ
language-switcher-label = زبان
language-switcher-current = { $language } (موجودہ زبان)
breadcrumb-label = آپ یہاں ہیں
breadcrumb-home = مرکزی صفحہ
contents-heading = فہرستِ مضامین
last-updated = آخری بار اپ ڈیٹ کیا گیا: { $date }
feedback-question = کیا یہ صفحہ آپ کے لیے مفید ہے؟
feedback-link = ہمیں بتائیں کہ آپ کو یہ صفحہ کیسا لگا
footer-about = یہ لوکل آفر (Local Offer) ہے: 0 سے 25 سال کی عمر کے اُن بچوں اور نوجوانوں کے لیے، جنہیں خصوصی تعلیمی ضروریات یا معذوری (SEND) ہے، اور اُن کے خاندانوں کے لیے دستیاب مدد کے بارے میں معلومات۔
footer-languages = یہ ویب سائٹ کسی اور زبان میں پڑھیں
print-page-address = یہ صفحہ انٹرنیٹ پر: { $url }

## Untranslated pages
untranslated-notice = اس صفحے کا ابھی اردو میں ترجمہ نہیں ہوا۔ نیچے اس کا { $language } ورژن دیا گیا ہے۔
machine-translation-notice = اس صفحے کا ترجمہ کمپیوٹر نے کیا ہے۔ ابھی کسی شخص نے اسے چیک نہیں کیا، اس لیے اس میں غلطیاں ہو سکتی ہیں۔
machine-translation-original = یہ صفحہ { $language } میں پڑھیں
interpreting-ask = اپنی زبان میں کسی سے بات کرنے کے لیے ترجمان (interpreter) مانگیں:
interpreting-phone = { $phone } پر فون کریں
interpreting-link = ترجمان کیسے حاصل کریں
in-default-language = (انگریزی میں)

## Home and section pages
home-sections-heading = یہاں آپ کو کیا ملے گا
section-pages-heading = اس حصے کے صفحات
section-empty = اس حصے میں ابھی کوئی صفحہ نہیں ہے۔

## Topics
topics-heading = موضوعات
topics-intro = موضوع کے لحاظ سے ترتیب دیے گئے صفحات۔
page-topics-label = موضوعات:
topic-pages-intro = { $topic } کے بارے میں صفحات۔
topic-count = { $count ->
    [one] { $count } صفحہ
   *[other] { $count } صفحات
}

## Audiences
audience-label = کن کے لیے لکھا گیا:
audience-parents-carers = والدین اور دیکھ بھال کرنے والے
audience-young-people = نوجوان
audience-professionals = پیشہ ور افراد

## Language chooser (the site's front door)
chooser-title = اپنی زبان منتخب کریں
chooser-intro = یہ معلومات ان زبانوں میں دستیاب ہیں۔

## Not found
not-found-title = صفحہ نہیں ملا
not-found-text = اگر آپ نے ویب ایڈریس خود لکھا ہے تو دیکھ لیں کہ وہ درست ہے۔ اگر آپ کسی لنک کے ذریعے آئے ہیں تو ہو سکتا ہے یہ صفحہ کسی اور جگہ منتقل ہو گیا ہو۔
not-found-home = مرکزی صفحے پر جائیں

## Redirects (old addresses)
redirect-title = یہ صفحہ منتقل ہو گیا ہے
redirect-text = یہ صفحہ اب { $url } پر ہے۔

## Dates: how this language writes a date
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date-format = { $day } { $month } { $year }
# The ten digits this language writes numbers with, 0 to 9.
# Chosen: 0123456789 (the digits used in English). Urdu in Pakistan and in the UK
# is written with these digits in everyday print (newspapers, letters, phone numbers,
# dates); the Urdu digits ۰۱۲۳۴۵۶۷۸۹ are less familiar to most families here, and
# phone numbers, postcodes and dates on letters from schools and the council use 0-9.
digits = 0123456789

## The service directory
need-communication-and-interaction = بات چیت اور میل جول
need-cognition-and-learning = سمجھ بوجھ اور سیکھنا
need-social-emotional-and-mental-health = سماجی، جذباتی اور ذہنی صحت
need-sensory-and-physical = حسی اور جسمانی ضروریات
need-all = ضرورت کے تمام شعبے
cost-free = مفت
cost-paid = فیس لی جاتی ہے
cost-mixed = کچھ حصے مفت ہیں
referral-self = آپ خود ان سے رابطہ کر سکتے ہیں
referral-professional = کسی پیشہ ور فرد کو آپ کو ریفر کرنا ہوگا
referral-both = آپ خود ان سے رابطہ کر سکتے ہیں، یا کوئی پیشہ ور فرد آپ کو ریفر کر سکتا ہے
service-facts-heading = اس سروس کے بارے میں
service-organisation = چلانے والا ادارہ
service-who = کن کے لیے ہے
service-ages = عمر { $from } سے { $to } سال تک
service-referral = مدد کیسے حاصل کریں
service-cost = لاگت
service-categories = سروس کی قسم
service-contact-heading = ان سے رابطہ کیسے کریں
service-phone = فون
service-email = ای میل
service-website = ویب سائٹ
service-address = پتہ
service-hours = کھلنے کے اوقات
service-languages = بولی جانے والی زبانیں
service-accessibility = رسائی کی سہولیات
last-reviewed = آخری بار جائزہ لیا گیا: { $date }
directory-filter-heading = کوئی سروس تلاش کریں
directory-by-need = ضرورت کا شعبہ
directory-by-category = سروس کی قسم
directory-all = تمام سروسز دکھائیں
directory-form-heading = فہرست کو محدود کریں
directory-any = کوئی بھی
directory-age-label = آپ کے بچے یا نوجوان کی عمر (سالوں میں)
directory-results-heading = سروسز
directory-count = { $count ->
    [one] { $count } سروس
   *[other] { $count } سروسز
}
# Announced as the list changes, and the button under a long list; %N% stands for the number,
# so write no plural forms here.
directory-found = ملنے والی سروسز کی تعداد: { $count }
directory-more = مزید سروسز دکھائیں (ابھی { $count } نہیں دکھائی گئیں)
directory-none = کوئی سروس آپ کے انتخاب سے میل نہیں کھاتی۔ کم فلٹر استعمال کر کے دیکھیں۔
directory-filter-title = سروسز: { $filter }
directory-filter-intro = { $filter } سے متعلق سروسز۔
directory-jump = سروسز فلٹر کریں
directory-nojs = جاوا اسکرپٹ کے بغیر، نیچے ضرورت کا شعبہ، سروس کی قسم یا عمر منتخب کریں۔
directory-by-age = عمر
directory-needs-unstated = ضرورت کا شعبہ نہیں بتایا گیا
directory-categories-unstated = سروس کی قسم نہیں بتائی گئی
directory-ages-unstated = عمر نہیں بتائی گئی
directory-cost-unstated = لاگت نہیں بتائی گئی
directory-referral-unstated = مدد حاصل کرنے کا طریقہ نہیں بتایا گیا
directory-found-unstated = ملنے والی سروسز کی تعداد: { $count }۔ جن کے بارے میں یہ نہیں بتایا گیا، وہ نیچے درج ہیں: { $unstated }
directory-ages-intro = { $from } سے { $to } سال تک کی عمر کے بچوں اور نوجوانوں کے لیے سروسز۔ جو سروسز اپنی عمر نہیں بتاتیں، وہ ان کے بعد درج ہیں۔

## Search
search-title = تلاش
search-label = اس ویب سائٹ پر تلاش کریں
search-button = تلاش کریں
# Announced as results change; %N% stands for the number, so write no plural forms here.
search-shown = ملنے والے نتائج کی تعداد: { $count }
search-none = آپ کی تلاش سے میل کھاتا کوئی صفحہ نہیں ملا۔ دوسرے الفاظ استعمال کر کے دیکھیں، یا نیچے دیے گئے تمام صفحات دیکھیں۔
search-corrected = { $query } کے نتائج دکھائے جا رہے ہیں
search-as-typed = اس کے بجائے { $query } تلاش کریں
search-needs-javascript = تلاش کے لیے JavaScript ضروری ہے، جو اس براؤزر میں نہیں چل رہی۔ نیچے تمام صفحات کی فہرست میں، جو حروفِ تہجی کی ترتیب سے ہے، اپنا صفحہ تلاش کریں۔
search-filters-heading = اپنی تلاش کو محدود کریں
search-filter-section = حصہ
search-filter-topic = موضوع
a-z-heading = تمام صفحات، حروفِ تہجی کی ترتیب سے
a-z-intro = اس ویب سائٹ کے تمام صفحات، حروفِ تہجی کی ترتیب سے۔

## Leaflets: some pages as PDFs to print
leaflet-download = یہ صفحہ کتابچے کی صورت میں ڈاؤن لوڈ کریں (PDF، { $size } KB)
leaflet-download-in-default-language = یہ صفحہ کتابچے کی صورت میں ڈاؤن لوڈ کریں (PDF، { $size } KB، انگریزی میں)
leaflet-version = (PDF، { $size } KB)
leaflets-title = پرنٹ کرنے کے لیے کتابچے
leaflets-intro = اس ویب سائٹ کے کچھ صفحات، پرنٹ کرنے کے لیے کتابچوں کی صورت میں، ہر اُس زبان میں جس میں وہ لکھے گئے ہیں۔ ہر کتابچے پر ایک QR کوڈ ہے جو یہی صفحہ انٹرنیٹ پر کھولتا ہے۔
leaflet-contacts = اہم رابطے
leaflet-page = صفحہ { $page } از { $total }
leaflet-qr = QR کوڈ جو یہ صفحہ انٹرنیٹ پر کھولتا ہے

## What the Local Offer covers
coverage-title = اس لوکل آفر میں کیا شامل ہے
coverage-intro = قانون کے مطابق لوکل آفر میں کیا ہونا لازمی ہے، اور اس ویب سائٹ کے وہ صفحات جن میں ہر حصے کا ذکر ہے۔
coverage-law = اس قانون کا نام Special Educational Needs and Disability Regulations 2014 ہے۔ اس کا Schedule 2 بتاتا ہے کہ ہر کونسل کی لوکل آفر میں کیا کیا ہونا لازمی ہے۔ نیچے ہر حصے کا آسان الفاظ میں مختصر عنوان اور اس ویب سائٹ کے وہ صفحات دیے گئے ہیں جن میں اس کا ذکر ہے۔
coverage-paragraph = پیراگراف { $number }:
coverage-none = ابھی اس ویب سائٹ کا کوئی صفحہ اس کا ذکر نہیں کرتا۔
coverage-source = Schedule 2 کا اصل متن legislation.gov.uk پر پڑھیں (انگریزی میں)
coverage-licence = اس میں پبلک سیکٹر کی معلومات شامل ہیں جو Open Government Licence v3.0 کے تحت لائسنس شدہ ہیں۔
schedule-2-1 = علاقے میں سیکھنے اور تربیت کے لیے وہ مدد جس کی کونسل توقع کرتی ہے
schedule-2-2 = علاقے سے باہر سیکھنے اور تربیت کے لیے وہ مدد جس کی کونسل توقع کرتی ہے
schedule-2-3 = عام اور خصوصی اسکولوں اور کالجوں میں مدد، وہ مدد جس کا انتظام کونسل کرتی ہے، اور مدد کے لیے رقم کیسے دی جاتی ہے
schedule-2-4 = ضروریات کی نشاندہی اور جانچ کیسے ہوتی ہے، اور EHC needs assessment کیسے مانگیں
schedule-2-5 = اسکول، کالج اور دوسرے ادارے کیسے پڑھاتے ہیں، مدد کرتے ہیں، ترقی کا جائزہ لیتے ہیں اور ذہنی و جذباتی صحت میں مدد کرتے ہیں
schedule-2-6 = اسکول یا کالج سے باہر تعلیم میں دوسری مدد
schedule-2-7 = تربیت، اپرنٹس شپس اور سپورٹڈ انٹرن شپس (supported internships)
schedule-2-8 = صحت کی خدمات
schedule-2-9 = سماجی نگہداشت (social care) کی خدمات
schedule-2-10 = بالغ زندگی کی تیاری اور خود مختار زندگی
schedule-2-11 = اسکول، کالج اور ابتدائی سالوں کے اداروں تک آنا جانا
schedule-2-12 = نرسری، اسکول اور کالج کے درمیان منتقلی
schedule-2-13 = بچوں کی دیکھ بھال (childcare)
schedule-2-14 = فرصت کی سرگرمیاں
schedule-2-15 = معلومات، مشورہ اور مدد کہاں سے ملے
schedule-2-16 = اختلافات حل کرنا، ثالثی (mediation) اور ٹریبونل میں اپیل
schedule-2-17 = شکایت کیسے کریں

## Other ways to get the Local Offer
other-formats-heading = یہ معلومات حاصل کرنے کے دوسرے طریقے۔
other-formats-intro = آپ لوکل آفر کاغذ پر یا بڑے حروف میں لے سکتے ہیں، یا فون پر یا خود جا کر کسی سے اس کے بارے میں پوچھ سکتے ہیں۔
other-formats-leaflet = یہ صفحہ کتابچے کے طور پر پرنٹ کریں
other-formats-leaflets = پرنٹ کرنے کے لیے کتابچے
other-formats-phone = { $phone } پر فون کریں
other-formats-email = { $email } پر ای میل کریں
other-formats-address = خود جا کر یہاں پوچھیں: { $address }
other-formats-ask = اسے کسی اور شکل میں مانگنے کے لیے کونسل سے رابطہ کریں۔

## The privacy notice
privacy-title = رازداری
privacy-intro = یہ ویب سائٹ آپ کے بارے میں کیا رکھتی ہے: کچھ نہیں۔
privacy-stored-heading = یہ ویب سائٹ آپ کے آلے پر کیا محفوظ کرتی ہے
privacy-stored-text = کچھ نہیں۔ یہ ویب سائٹ کوئی کوکیز (cookies) نہیں لگاتی اور آپ کے فون یا کمپیوٹر پر کچھ نہیں رکھتی، سوائے صفحات کی اُن عام کاپیوں کے جو آپ کا براؤزر انہیں جلدی کھولنے کے لیے رکھتا ہے۔
privacy-others-heading = دوسری کمپنیاں
privacy-others-text = ہر صفحہ، تصویر، اسکرپٹ اور تلاش کی فائل اسی ویب سائٹ سے آتی ہے۔ صفحات دوسری ویب سائٹس سے کچھ نہیں لاتے، اس لیے کسی اور کمپنی کو پتہ نہیں چلتا کہ آپ یہاں کیا پڑھتے ہیں۔
privacy-analytics-heading = اعداد و شمار (analytics)
privacy-analytics-text = یہ ویب سائٹ اپنے آنے والوں کو نہ گنتی ہے نہ ان پر نظر رکھتی ہے۔ یہ کسی قسم کے analytics استعمال نہیں کرتی۔
privacy-links-heading = دوسری ویب سائٹس کے لنکس
privacy-links-text = کچھ صفحات دوسری ویب سائٹس کے لنک دیتے ہیں، جیسے کسی سروس کی اپنی ویب سائٹ۔ ان ویب سائٹس کی اپنی رازداری کی پالیسیاں ہیں۔

## The accessibility statement
accessibility-title = رسائی کا بیان (accessibility statement)
accessibility-intro = یہ ویب سائٹ کتنی قابلِ رسائی ہے، اور اگر اس کا کوئی حصہ استعمال کرنا مشکل ہو تو مدد کیسے لیں۔
accessibility-none-heading = ابھی کوئی بیان نہیں
accessibility-none = اس ویب سائٹ نے ابھی اپنا رسائی کا بیان شائع نہیں کیا۔
accessibility-about-heading = اس ویب سائٹ کے بارے میں
accessibility-about = یہ بیان { $site } کے بارے میں ہے۔ یہ ویب سائٹ { $organisation } چلاتی ہے۔ ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ اسے استعمال کر سکیں۔
accessibility-status-heading = یہ ویب سائٹ کتنی قابلِ رسائی ہے
accessibility-compliance-full = یہ ویب سائٹ Web Content Accessibility Guidelines ورژن 2.2 کے AA معیار پر پوری طرح پورا اترتی ہے۔
accessibility-compliance-partial = یہ ویب سائٹ Web Content Accessibility Guidelines ورژن 2.2 کے AA معیار پر جزوی طور پر پورا اترتی ہے، نیچے دیے گئے مسائل کی وجہ سے۔
accessibility-compliance-not = یہ ویب سائٹ Web Content Accessibility Guidelines ورژن 2.2 کے AA معیار پر پورا نہیں اترتی۔ مسائل نیچے دیے گئے ہیں۔
accessibility-issues-heading = کیا قابلِ رسائی نہیں، اور کیوں
accessibility-no-issues = ہمیں اس ویب سائٹ کے کسی ایسے حصے کا علم نہیں جو قابلِ رسائی نہ ہو۔
accessibility-formats-heading = معلومات کسی اور شکل میں مانگنا
accessibility-formats = اگر آپ کو اس ویب سائٹ کی معلومات کسی اور شکل میں چاہئیں، جیسے بڑے حروف، آسان زبان، آڈیو یا بریل (braille)، تو ہم سے رابطہ کریں۔
accessibility-problems-heading = رسائی کے مسائل کی اطلاع دینا
accessibility-problems = اگر آپ کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں، یا آپ سمجھتے ہیں کہ ہم رسائی کی شرائط پوری نہیں کر رہے، تو ہم سے رابطہ کریں۔
accessibility-use-feedback = ہر صفحے کے نیچے دیا گیا رائے (feedback) کا لنک استعمال کریں۔
accessibility-contact-organisation = { $organisation } سے رابطہ کریں۔
accessibility-enforcement-heading = نفاذ کا طریقہ
accessibility-enforcement = Equality and Human Rights Commission (EHRC) ویب سائٹس اور موبائل ایپس کے رسائی کے قوانین 2018 (Public Sector Bodies Accessibility Regulations 2018) نافذ کرتا ہے۔ اگر آپ اپنی شکایت پر ہمارے جواب سے مطمئن نہیں، تو Equality Advisory and Support Service (EASS) سے رابطہ کریں۔
accessibility-eass-link = Equality Advisory and Support Service (انگریزی میں)
accessibility-testing-heading = ہم نے اس ویب سائٹ کو کیسے جانچا
accessibility-not-tested = ابھی اس ویب سائٹ کی جانچ کا کوئی ریکارڈ نہیں۔
accessibility-tested = { $date } کو ویب سائٹ کی اپنی جانچ نے Chromium براؤزر میں { $languages } زبانوں کے { $pages } صفحات جانچے۔
accessibility-tested-axe = axe-core، ہر زبان کے ہر صفحے پر: { $count } مسائل ملے۔
accessibility-tested-html = Nu Html Checker: { $count } غلطیاں ملیں۔
accessibility-tested-reflow = 320 پکسل چوڑائی پر، اور 200% بڑے حروف کے ساتھ: { $count } مسائل ملے۔
accessibility-tested-nojs = ہر صفحہ JavaScript کے بغیر: { $count } مسائل ملے۔
accessibility-tested-limits = خودکار جانچ ہر مسئلہ نہیں ڈھونڈ سکتی۔
accessibility-dates-heading = اس بیان کی تیاری
accessibility-prepared = یہ بیان { $prepared } کو تیار کیا گیا۔
accessibility-reviewed = اس کا آخری جائزہ { $reviewed } کو لیا گیا۔
accessibility-last-tested = ویب سائٹ کی آخری جانچ { $tested } کو ہوئی۔

## Reading offline: "Save for offline" on the home page and each section, and the page a
## phone shows offline for a page it has not saved. { $size } is a number of kilobytes;
## { $done } and { $total } count files.
offline-save-heading = انٹرنیٹ کے بغیر پڑھیں
offline-save-intro = اس ویب سائٹ کے اہم صفحات، اُن کے کتابچوں اور تلاش کے ساتھ، اس فون پر محفوظ کریں، تاکہ جب انٹرنیٹ نہ ہو تب بھی آپ انہیں پڑھ سکیں۔ اس کے بعد آپ جو صفحات کھولیں گے، وہ بھی محفوظ رہیں گے۔
offline-save = آف لائن پڑھنے کے لیے محفوظ کریں (تقریباً { $size } KB ڈیٹا)
offline-remove = محفوظ کیے گئے صفحات ہٹائیں
offline-starting = محفوظ کیا جا رہا ہے۔ آپ پڑھنا جاری رکھ سکتے ہیں۔
offline-saving = محفوظ کیا جا رہا ہے: { $total } میں سے { $done } فائلیں
offline-saved = محفوظ ہو گئے۔ یہ صفحات اس فون پر انٹرنیٹ کے بغیر کھل جاتے ہیں۔
offline-already = یہ صفحات اس فون پر محفوظ ہیں۔
offline-failed = محفوظ کرنے کا کام مکمل نہیں ہوا۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔
offline-removed = محفوظ کیے گئے صفحات اس فون سے ہٹا دیے گئے ہیں۔
offline-title = یہ صفحہ اس فون پر محفوظ نہیں ہے
offline-intro = آپ انٹرنیٹ سے جڑے ہوئے نہیں ہیں، اور یہ صفحہ آف لائن پڑھنے کے لیے محفوظ نہیں کیا گیا تھا۔ نیچے دیے گئے صفحات انٹرنیٹ کے بغیر کھل جاتے ہیں۔
offline-saved-heading = محفوظ کیے گئے صفحات
offline-visited-heading = وہ صفحات جو آپ نے پہلے کھولے تھے
offline-none = ابھی اس فون پر کوئی صفحہ محفوظ نہیں ہے۔ جب آپ کے پاس انٹرنیٹ ہو تو مرکزی صفحے پر ”آف لائن پڑھنے کے لیے محفوظ کریں“ استعمال کریں۔
offline-home = مرکزی صفحے پر جائیں
offline-search = آپ انٹرنیٹ سے جڑے ہوئے نہیں ہیں: تلاش صرف محفوظ کیے گئے صفحات میں ہو رہی ہے۔

## My list: services a family keeps on the phone, with no account. { $count } is a
## number; { $name } is a service's name; { $site } is the website's name.
my-list-title = میری فہرست
my-list-intro = وہ سروسز جو آپ اس فون پر رکھتے ہیں۔ جب تک آپ اپنی فہرست شیئر نہ کریں، کوئی اور اسے نہیں دیکھ سکتا۔
my-list-count = میری فہرست ({ $count })
my-list-add = میری فہرست میں شامل کریں
my-list-remove = میری فہرست سے ہٹائیں
my-list-added = آپ کی فہرست میں شامل کر دی گئی: { $name }
my-list-removed = آپ کی فہرست سے ہٹا دی گئی: { $name }
my-list-empty = آپ کی فہرست خالی ہے۔ سروسز کی ڈائریکٹری میں ”میری فہرست میں شامل کریں“ کے ذریعے سروسز شامل کریں۔
my-list-needs-javascript = آپ کی فہرست کے لیے جاوا اسکرپٹ ضروری ہے، جو اس براؤزر میں نہیں چل رہی۔ ہر سروس کے صفحے پر اسے ٹیکسٹ میسج یا ای میل کے ذریعے بھیجنے کے لنکس موجود ہیں۔
my-list-shared = کسی نے یہ فہرست آپ کے ساتھ شیئر کی ہے۔
my-list-keep = یہ سروسز میری فہرست میں رکھیں
my-list-kept = یہ سروسز اس فون پر آپ کی فہرست میں شامل ہیں۔
my-list-share-heading = میری فہرست شیئر کریں
my-list-share-sms = ٹیکسٹ میسج کے ذریعے بھیجیں
my-list-share-email = ای میل کے ذریعے بھیجیں
my-list-share-other = کسی دوسری ایپ کے ذریعے شیئر کریں
my-list-print = میری فہرست پرنٹ کریں
my-list-link-label = اس فہرست کا لنک
my-list-copy = لنک کاپی کریں
my-list-copied = لنک کاپی ہو گیا ہے۔
my-list-message = { $site } سے سروسز کی میری فہرست
my-list-whole = پوری فہرست:
service-share-heading = یہ سروس کسی کو بھیجیں
service-share-sms = ٹیکسٹ میسج کے ذریعے بھیجیں
service-share-email = ای میل کے ذریعے بھیجیں

## Listen: reads the page aloud with the phone's own voice.
listen = یہ صفحہ سنیں
listen-pause = روکیں
listen-resume = جاری رکھیں
listen-stop = بند کریں
listen-reading = صفحہ بلند آواز سے پڑھا جا رہا ہے۔
listen-paused = روک دیا گیا۔
listen-resumed = دوبارہ پڑھا جا رہا ہے۔
listen-stopped = بند کر دیا گیا۔
listen-finished = صفحہ ختم ہو گیا۔

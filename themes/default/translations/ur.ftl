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

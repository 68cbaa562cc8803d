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
topic-ehc-plans = EHC پلان
topic-early-years = ابتدائی عمر (چھوٹے بچے)
topic-schools = اسکول اور کالج
topic-transport = گھر سے اسکول تک ٹرانسپورٹ
topic-preparing-for-adulthood = بالغ زندگی کی تیاری
topic-health = صحت
topic-social-care = سوشل کیئر (سماجی نگہداشت)
topic-money = پیسے اور بینیفٹس (سرکاری مالی امداد)
topic-advice = مشورہ اور مدد
topic-new-to-luton = Luton میں نئے آئے ہیں

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

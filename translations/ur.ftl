# The example site's topic and category names (see en.ftl).

## Topics and categories
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
category-advice = مشورہ اور معلومات
category-early-years = ابتدائی عمر اور نرسریاں
category-education = اسکول
category-health = صحت اور تھراپی
category-social-care = سوشل کیئر (سماجی نگہداشت)
category-short-breaks = شارٹ بریکس (مختصر وقفے) اور سرگرمیاں
category-family-support = خاندانوں کے لیے مدد
category-post-16 = کالج، تربیت اور روزگار
category-housing = رہائش اور خود مختار زندگی

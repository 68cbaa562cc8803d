# Interface strings for the default theme, in Arabic (العربية).
# نصوص واجهة القالب الافتراضي باللغة العربية. أي مفتاح غير موجود هنا يؤخذ من الملف الإنجليزي (en.ftl).

## Page furniture
skip-link = انتقل مباشرة إلى المحتوى الرئيسي
site-header-label = الموقع
language-switcher-label = اللغة
language-switcher-current = { $language } (اللغة الحالية)
breadcrumb-label = أنت هنا
breadcrumb-home = الصفحة الرئيسية
contents-heading = المحتويات
last-updated = آخر تحديث: { $date }
feedback-question = هل كانت هذه الصفحة مفيدة؟
feedback-link = أخبرنا برأيك في هذه الصفحة
footer-about = هذا هو دليل الخدمات المحلية (Local Offer): معلومات عن الدعم المتاح للأطفال والشباب من عمر 0 إلى 25 عامًا الذين لديهم احتياجات تعليمية خاصة أو إعاقات (SEND)، ولأسرهم.
footer-languages = اقرأ هذا الموقع بلغة أخرى
print-page-address = هذه الصفحة على الإنترنت: { $url }

## Untranslated pages
untranslated-notice = لم تُترجم هذه الصفحة إلى العربية بعد. وفيما يلي النسخة المكتوبة بلغة: { $language }.
machine-translation-notice = ترجم حاسوب هذه الصفحة. لم يراجعها أي شخص بعد، لذلك قد تحتوي على أخطاء.
machine-translation-original = اقرأ الصفحة باللغة: { $language }
interpreting-ask = للتحدث مع شخص بلغتك، اطلب مترجمًا شفهيًا:
interpreting-phone = اتصل بالرقم { $phone }
interpreting-link = كيف تحصل على مترجم شفهي
in-default-language = (بالإنجليزية)

## Home and section pages
home-sections-heading = ما ستجده هنا
section-pages-heading = صفحات هذا القسم
section-empty = لا توجد صفحات في هذا القسم حتى الآن.

## Topics
topics-heading = المواضيع
topics-intro = الصفحات مرتبة حسب الموضوع.
page-topics-label = المواضيع:
topic-pages-intro = صفحات عن موضوع «{ $topic }».
topic-count = { $count ->
    [zero] لا توجد صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}

## Audiences
audience-label = موجّه إلى:
audience-parents-carers = الأهل ومقدمو الرعاية
audience-young-people = الشباب
audience-professionals = المختصون

## Language chooser (the site's front door)
chooser-title = اختر لغتك
chooser-intro = هذه المعلومات متوفرة باللغات التالية.

## Not found
not-found-title = لم نجد الصفحة
not-found-text = إذا كتبت عنوان الصفحة بنفسك، فتأكد من أنه صحيح. وإذا وصلت إليها عن طريق رابط، فربما نُقلت الصفحة إلى مكان آخر.
not-found-home = اذهب إلى الصفحة الرئيسية

## Redirects (old addresses)
redirect-title = نُقلت هذه الصفحة
redirect-text = هذه الصفحة موجودة الآن على العنوان { $url }.

## Dates: how this language writes a date
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-format = { $day } { $month } { $year }
# The ten digits this language writes numbers with, 0 to 9.
# Chosen: 0123456789 (the digits used in English), not ٠١٢٣٤٥٦٧٨٩. Arabic-speaking
# families in the UK come from many countries: those from North Africa write 0-9 at
# home, and all families read 0-9 every day here (phone numbers, postcodes, bus numbers,
# dates on letters from school and the council). Phone numbers on these pages are kept
# in 0-9 so they can be dialled, so dates and counts use the same digits to match.
digits = 0123456789

## The service directory
need-communication-and-interaction = التواصل والتفاعل
need-cognition-and-learning = الإدراك والتعلم
need-social-emotional-and-mental-health = الصحة الاجتماعية والعاطفية والنفسية
need-sensory-and-physical = الاحتياجات الحسية والجسدية
need-all = جميع مجالات الاحتياجات
cost-free = مجانًا
cost-paid = توجد رسوم
cost-mixed = بعض أجزاء الخدمة مجانية
referral-self = يمكنك التواصل معهم بنفسك
referral-professional = يجب أن يحيلك إليهم أحد المختصين
referral-both = يمكنك التواصل معهم بنفسك، أو يمكن أن يحيلك إليهم أحد المختصين
service-facts-heading = عن هذه الخدمة
service-organisation = الجهة المقدمة للخدمة
service-who = لمن هذه الخدمة
service-ages = الأعمار من { $from } إلى { $to }
service-referral = كيف تحصل على المساعدة
service-cost = التكلفة
service-categories = نوع الخدمة
service-contact-heading = كيف تتواصل معهم
service-phone = الهاتف
service-email = البريد الإلكتروني
service-website = الموقع الإلكتروني
service-address = العنوان
service-hours = ساعات العمل
service-languages = اللغات التي يتحدثونها
service-accessibility = إمكانية الوصول
last-reviewed = آخر مراجعة: { $date }
directory-filter-heading = ابحث عن خدمة
directory-by-need = مجال الاحتياج
directory-by-category = نوع الخدمة
directory-all = اعرض جميع الخدمات
directory-form-heading = تصفية القائمة
directory-any = الكل
directory-age-label = عمر الطفل أو الشاب (بالسنوات)
directory-results-heading = الخدمات
directory-count = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
# Announced as the list changes, and the button under a long list; %N% stands for the number,
# so write no plural forms here.
directory-found = عدد الخدمات التي عُثر عليها: { $count }
directory-more = اعرض مزيدًا من الخدمات (لم يُعرض بعد: { $count })
directory-none = لا توجد خدمات مطابقة. جرّب استخدام عدد أقل من عوامل التصفية.
directory-filter-title = الخدمات: { $filter }
directory-filter-intro = خدمات في مجال «{ $filter }».
directory-jump = تصفية الخدمات
directory-nojs = بدون جافا سكريبت، اختر أدناه مجال الاحتياج أو نوع الخدمة أو العمر.
directory-by-age = العمر
directory-needs-unstated = لم يُذكر مجال الاحتياج
directory-categories-unstated = لم يُذكر نوع الخدمة
directory-ages-unstated = لم تُذكر الأعمار
directory-cost-unstated = لم تُذكر التكلفة
directory-referral-unstated = لم تُذكر طريقة الحصول على المساعدة
directory-found-unstated = عدد الخدمات التي عُثر عليها: { $count }. خدمات لم تذكر ذلك، مدرجة أدناه: { $unstated }
directory-ages-intro = خدمات للأطفال والشباب من عمر { $from } إلى { $to }. الخدمات التي لا تذكر الأعمار مدرجة بعدها.

## Search
search-title = البحث
search-label = ابحث في هذا الموقع
search-button = ابحث
# Announced as results change; %N% stands for the number, so write no plural forms here.
search-shown = عدد النتائج التي عُثر عليها: { $count }
search-none = لا توجد صفحات تطابق بحثك. جرّب كلمات أخرى، أو تصفّح قائمة جميع الصفحات أدناه.
search-corrected = تُعرض نتائج { $query }
search-as-typed = ابحث عن { $query } بدلًا من ذلك
search-needs-javascript = يحتاج البحث إلى JavaScript، وهو لا يعمل في هذا المتصفح. ابحث عن صفحتك في قائمة جميع الصفحات أدناه، المرتبة أبجديًا.
search-filters-heading = تضييق نطاق البحث
search-filter-section = القسم
search-filter-topic = الموضوع
a-z-heading = جميع الصفحات مرتبة أبجديًا
a-z-intro = جميع صفحات هذا الموقع، مرتبة ترتيبًا أبجديًا.

## Leaflets: some pages as PDFs to print
leaflet-download = نزّل هذه الصفحة كنشرة مطبوعة (PDF، { $size } كيلوبايت)
leaflet-download-in-default-language = نزّل هذه الصفحة كنشرة مطبوعة (PDF، { $size } كيلوبايت، بالإنجليزية)
leaflet-version = (PDF، { $size } كيلوبايت)
leaflets-title = نشرات للطباعة
leaflets-intro = بعض صفحات هذا الموقع كنشرات للطباعة، بكل لغة كُتبت بها. في كل نشرة رمز QR يفتح الصفحة نفسها على الإنترنت.
leaflet-contacts = جهات اتصال مهمة
leaflet-page = صفحة { $page } من { $total }
leaflet-qr = رمز QR يفتح هذه الصفحة على الإنترنت

## What the Local Offer covers
coverage-title = ما يشمله هذا العرض المحلي
coverage-intro = ما يقول القانون إن العرض المحلي (Local Offer) يجب أن يتضمنه، وصفحات هذا الموقع التي تتناول كل جزء.
coverage-law = اسم هذا القانون هو Special Educational Needs and Disability Regulations 2014. ويحدد الجدول 2 (Schedule 2) منه ما يجب أن يتضمنه العرض المحلي لكل مجلس. لكل جزء أدناه عنوان قصير بكلمات بسيطة، مع صفحات هذا الموقع التي تتناوله.
coverage-paragraph = الفقرة { $number }:
coverage-none = لا تتناول أي صفحة من هذا الموقع هذا الجزء حتى الآن.
coverage-source = اقرأ نص الجدول 2 على legislation.gov.uk (بالإنجليزية)
coverage-licence = يحتوي على معلومات من القطاع العام مرخصة بموجب Open Government Licence v3.0.
schedule-2-1 = المساعدة في التعلم والتدريب التي يتوقعها المجلس في منطقته
schedule-2-2 = المساعدة في التعلم والتدريب التي يتوقعها المجلس خارج منطقته
schedule-2-3 = المساعدة في المدارس والكليات العادية والخاصة، والمساعدة التي ينظمها المجلس، وكيف تُموَّل المساعدة
schedule-2-4 = كيف تُكتشف الاحتياجات وتُقيَّم، وكيف تطلب تقييم احتياجات EHC (EHC needs assessment)
schedule-2-5 = كيف تُدرِّس المدارس والكليات والجهات الأخرى وتدعم وتراجع التقدم وتساعد في الصحة النفسية
schedule-2-6 = مساعدة أخرى في التعليم خارج المدرسة أو الكلية
schedule-2-7 = التدريب والتلمذة المهنية والتدريب الداخلي المدعوم (supported internships)
schedule-2-8 = الخدمات الصحية
schedule-2-9 = خدمات الرعاية الاجتماعية
schedule-2-10 = الاستعداد لحياة البالغين والعيش المستقل
schedule-2-11 = التنقل إلى المدرسة والكلية ومراكز السنوات المبكرة
schedule-2-12 = الانتقال بين الحضانة والمدرسة والكلية
schedule-2-13 = رعاية الأطفال (childcare)
schedule-2-14 = أنشطة وقت الفراغ
schedule-2-15 = أين تجد المعلومات والنصائح والدعم
schedule-2-16 = حل الخلافات والوساطة والطعن أمام المحكمة
schedule-2-17 = كيف تقدم شكوى

## Other ways to get the Local Offer
other-formats-heading = طرق أخرى للحصول على هذه المعلومات.
other-formats-intro = يمكنك الحصول على العرض المحلي مطبوعًا على الورق أو بخط أكبر، أو أن تسأل عنه شخصًا بالهاتف أو حضوريًا.
other-formats-leaflet = اطبع هذه الصفحة كنشرة
other-formats-leaflets = نشرات للطباعة
other-formats-phone = اتصل على { $phone }
other-formats-email = راسلنا على { $email }
other-formats-address = اسأل حضوريًا في: { $address }
other-formats-ask = لطلبه بشكل آخر، تواصل مع المجلس.

## The privacy notice
privacy-title = الخصوصية
privacy-intro = ما يحتفظ به هذا الموقع عنك: لا شيء.
privacy-stored-heading = ما يحفظه هذا الموقع على جهازك
privacy-stored-text = لا شيء. لا يستخدم هذا الموقع ملفات تعريف الارتباط (cookies) ولا يحفظ شيئًا على هاتفك أو حاسوبك، سوى النسخ العادية من الصفحات التي يحتفظ بها متصفحك لفتحها بسرعة أكبر.
privacy-others-heading = الشركات الأخرى
privacy-others-text = كل صفحة وصورة وبرنامج نصي وملف بحث يأتي من هذا الموقع. لا تحمّل الصفحات أي شيء من مواقع أخرى، لذلك لا تعرف أي شركة أخرى ما تقرؤه هنا.
privacy-analytics-heading = الإحصاءات (analytics)
privacy-analytics-text = لا يعدّ هذا الموقع زواره ولا يتتبعهم. ولا يستخدم أي نوع من أدوات analytics.
privacy-links-heading = روابط إلى مواقع أخرى
privacy-links-text = تحتوي بعض الصفحات على روابط إلى مواقع أخرى، مثل موقع خدمة ما. ولتلك المواقع سياسات خصوصية خاصة بها.

## The accessibility statement
accessibility-title = بيان إمكانية الوصول
accessibility-intro = مدى سهولة الوصول إلى هذا الموقع، وكيف تحصل على المساعدة إذا كان جزء منه صعب الاستخدام.
accessibility-none-heading = لا يوجد بيان بعد
accessibility-none = لم ينشر هذا الموقع بيان إمكانية الوصول الخاص به بعد.
accessibility-about-heading = عن هذا الموقع
accessibility-about = ينطبق هذا البيان على { $site }. يدير هذا الموقع { $organisation }. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامه.
accessibility-status-heading = مدى سهولة الوصول إلى هذا الموقع
accessibility-compliance-full = يتوافق هذا الموقع توافقًا كاملًا مع معيار AA من إرشادات Web Content Accessibility Guidelines، الإصدار 2.2.
accessibility-compliance-partial = يتوافق هذا الموقع توافقًا جزئيًا مع معيار AA من إرشادات Web Content Accessibility Guidelines، الإصدار 2.2، بسبب المشكلات المذكورة أدناه.
accessibility-compliance-not = لا يتوافق هذا الموقع مع معيار AA من إرشادات Web Content Accessibility Guidelines، الإصدار 2.2. المشكلات مذكورة أدناه.
accessibility-issues-heading = ما لا يمكن الوصول إليه، ولماذا
accessibility-no-issues = لا نعرف أي جزء من هذا الموقع لا يمكن الوصول إليه.
accessibility-formats-heading = طلب المعلومات بشكل آخر
accessibility-formats = إذا كنت تحتاج إلى معلومات هذا الموقع بشكل آخر، مثل الطباعة بخط كبير أو اللغة المبسطة أو التسجيل الصوتي أو طريقة برايل (braille)، فتواصل معنا.
accessibility-problems-heading = الإبلاغ عن مشكلات إمكانية الوصول
accessibility-problems = إذا وجدت مشكلة غير مذكورة في هذه الصفحة، أو رأيت أننا لا نلبي متطلبات إمكانية الوصول، فتواصل معنا.
accessibility-use-feedback = استخدم رابط الملاحظات في أسفل كل صفحة.
accessibility-contact-organisation = تواصل مع { $organisation }.
accessibility-enforcement-heading = إجراءات التنفيذ
accessibility-enforcement = تتولى Equality and Human Rights Commission (EHRC) تنفيذ لوائح إمكانية الوصول لمواقع الهيئات العامة لعام 2018 (Public Sector Bodies Accessibility Regulations 2018). إذا لم تكن راضيًا عن ردنا على شكواك، فتواصل مع Equality Advisory and Support Service (EASS).
accessibility-eass-link = Equality Advisory and Support Service (بالإنجليزية)
accessibility-testing-heading = كيف اختبرنا هذا الموقع
accessibility-not-tested = لا يوجد سجل لاختبار هذا الموقع حتى الآن.
accessibility-tested = في { $date }، اختبرت فحوص الموقع الخاصة { $pages } صفحة بـ { $languages } لغات، في متصفح Chromium.
accessibility-tested-axe = axe-core، على كل صفحة بكل لغة: عدد المشكلات التي وُجدت: { $count }.
accessibility-tested-html = Nu Html Checker: عدد الأخطاء التي وُجدت: { $count }.
accessibility-tested-reflow = العرض بعرض 320 بكسل، والنص بحجم 200%: عدد المشكلات التي وُجدت: { $count }.
accessibility-tested-nojs = كل صفحة بدون JavaScript: عدد المشكلات التي وُجدت: { $count }.
accessibility-tested-limits = لا تستطيع الفحوص الآلية أن تجد كل مشكلة.
accessibility-dates-heading = إعداد هذا البيان
accessibility-prepared = أُعدّ هذا البيان في { $prepared }.
accessibility-reviewed = رُوجع آخر مرة في { $reviewed }.
accessibility-last-tested = اختُبر الموقع آخر مرة في { $tested }.

## Reading offline: "Save for offline" on the home page and each section, and the page a
## phone shows offline for a page it has not saved. { $size } is a number of kilobytes;
## { $done } and { $total } count files.
offline-save-heading = اقرأ بدون إنترنت
offline-save-intro = احفظ الصفحات الرئيسية لهذا الموقع على هذا الهاتف، مع نشراتها والبحث، لتقرأها عندما لا يكون لديك إنترنت. والصفحات التي تفتحها بعد ذلك تُحفظ أيضًا.
offline-save = احفظ للقراءة بدون إنترنت (حوالي { $size } كيلوبايت من البيانات)
offline-remove = احذف الصفحات المحفوظة
offline-starting = جارٍ الحفظ. يمكنك مواصلة القراءة.
offline-saving = جارٍ حفظ الملفات: { $done } من { $total }
offline-saved = تم الحفظ. تُفتح هذه الصفحات على هذا الهاتف بدون إنترنت.
offline-already = هذه الصفحات محفوظة على هذا الهاتف.
offline-failed = لم يكتمل الحفظ. تحقق من اتصالك بالإنترنت وحاول مرة أخرى.
offline-removed = حُذفت الصفحات المحفوظة من هذا الهاتف.
offline-title = هذه الصفحة غير محفوظة على هذا الهاتف
offline-intro = أنت غير متصل بالإنترنت، ولم تُحفظ هذه الصفحة للقراءة بدون إنترنت. الصفحات أدناه تُفتح بدون إنترنت.
offline-saved-heading = الصفحات المحفوظة
offline-visited-heading = صفحات فتحتها من قبل
offline-none = لا توجد صفحات محفوظة على هذا الهاتف بعد. عندما تكون متصلًا بالإنترنت، استخدم «احفظ للقراءة بدون إنترنت» في الصفحة الرئيسية.
offline-home = اذهب إلى الصفحة الرئيسية
offline-search = أنت غير متصل بالإنترنت: يقتصر البحث على الصفحات المحفوظة.

## My list: services a family keeps on the phone, with no account. { $count } is a
## number; { $name } is a service's name; { $site } is the website's name.
my-list-title = قائمتي
my-list-intro = الخدمات التي تحتفظ بها على هذا الهاتف. لا يستطيع أحد غيرك أن يرى قائمتك إلا إذا شاركتها.
my-list-count = قائمتي ({ $count })
my-list-add = أضف إلى قائمتي
my-list-remove = أزل من قائمتي
my-list-added = أُضيفت إلى قائمتك: { $name }
my-list-removed = أُزيلت من قائمتك: { $name }
my-list-empty = قائمتك فارغة. أضف خدمات من دليل الخدمات باستخدام «أضف إلى قائمتي».
my-list-needs-javascript = تحتاج قائمتك إلى جافا سكريبت، وهو لا يعمل في هذا المتصفح. في صفحة كل خدمة روابط لإرسالها برسالة نصية أو بالبريد الإلكتروني.
my-list-shared = شارك أحدهم هذه القائمة معك.
my-list-keep = احتفظ بهذه الخدمات في قائمتي
my-list-kept = أصبحت هذه الخدمات في قائمتك على هذا الهاتف.
my-list-share-heading = شارك قائمتي
my-list-share-sms = أرسلها برسالة نصية
my-list-share-email = أرسلها بالبريد الإلكتروني
my-list-share-other = شاركها عبر تطبيق آخر
my-list-print = اطبع قائمتي
my-list-link-label = رابط هذه القائمة
my-list-copy = انسخ الرابط
my-list-copied = نُسخ الرابط.
my-list-message = قائمتي بالخدمات من { $site }
my-list-whole = القائمة كاملة:
service-share-heading = أرسل هذه الخدمة إلى شخص ما
service-share-sms = أرسلها برسالة نصية
service-share-email = أرسلها بالبريد الإلكتروني

## Listen: reads the page aloud with the phone's own voice.
listen = استمع إلى هذه الصفحة
listen-pause = أوقف مؤقتًا
listen-resume = تابع
listen-stop = أوقف
listen-reading = تُقرأ الصفحة بصوت عالٍ.
listen-paused = توقفت القراءة مؤقتًا.
listen-resumed = تُستأنف القراءة.
listen-stopped = توقفت القراءة.
listen-finished = انتهت الصفحة.

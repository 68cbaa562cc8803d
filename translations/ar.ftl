# The example site's topic and category names (see en.ftl).

## Topics and categories
topic-ehc-plans = خطط EHC
topic-early-years = الطفولة المبكرة
topic-schools = المدارس والكليات
topic-transport = النقل من المنزل إلى المدرسة
topic-preparing-for-adulthood = الاستعداد لمرحلة البلوغ
topic-health = الصحة
topic-social-care = الرعاية الاجتماعية
topic-money = المال والإعانات الحكومية
topic-advice = المشورة والدعم
topic-new-to-luton = القادمون الجدد إلى Luton
category-advice = المشورة والمعلومات
category-early-years = الطفولة المبكرة ودور الحضانة
category-education = المدارس
category-health = الصحة والعلاج
category-social-care = الرعاية الاجتماعية
category-short-breaks = فترات الراحة القصيرة والأنشطة
category-family-support = دعم الأسر
category-post-16 = الكليات والتدريب والعمل
category-housing = السكن والعيش باستقلالية

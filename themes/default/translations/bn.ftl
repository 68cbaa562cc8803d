# Interface strings for the default theme, in Bengali (বাংলা).
# ডিফল্ট থিমের লেখাগুলি, বাংলায়। এখানে কোনো কী না থাকলে ইংরেজি ফাইল (en.ftl) থেকে নেওয়া হয়।

## Page furniture
skip-link = সরাসরি মূল লেখায় যান
site-header-label = ওয়েবসাইট
language-switcher-label = ভাষা
language-switcher-current = { $language } (বর্তমান ভাষা)
breadcrumb-label = আপনি এখন এখানে আছেন
breadcrumb-home = প্রথম পাতা
contents-heading = সূচিপত্র
last-updated = সর্বশেষ আপডেট: { $date }
feedback-question = এই পাতাটি কি আপনার কাজে লেগেছে?
feedback-link = এই পাতা সম্পর্কে আপনার মতামত আমাদের জানান
footer-about = এটি হলো লোকাল অফার (Local Offer): বিশেষ শিক্ষাগত চাহিদা ও প্রতিবন্ধিতা (SEND) আছে এমন ০ থেকে ২৫ বছর বয়সী শিশু ও তরুণ-তরুণী এবং তাদের পরিবারের জন্য কী কী সহায়তা পাওয়া যায়, সে সম্পর্কে তথ্য।
footer-languages = এই ওয়েবসাইটটি অন্য ভাষায় পড়ুন
print-page-address = এই পাতাটি অনলাইনে: { $url }

## Untranslated pages
untranslated-notice = এই পাতাটি এখনও বাংলায় অনুবাদ করা হয়নি। নিচে এর { $language } সংস্করণ দেওয়া হলো।
machine-translation-notice = এই পাতাটি একটি কম্পিউটার অনুবাদ করেছে। এখনও কোনো মানুষ এটি যাচাই করেনি, তাই এতে ভুল থাকতে পারে।
machine-translation-original = পাতাটি { $language } ভাষায় পড়ুন
interpreting-ask = নিজের ভাষায় কারও সাথে কথা বলতে একজন দোভাষী (interpreter) চান:
interpreting-phone = { $phone } নম্বরে ফোন করুন
interpreting-link = কীভাবে দোভাষী পাবেন
in-default-language = (ইংরেজিতে)

## Home and section pages
home-sections-heading = এখানে আপনি যা পাবেন
section-pages-heading = এই অংশের পাতাগুলি
section-empty = এই অংশে এখনও কোনো পাতা নেই।

## Topics
topics-heading = বিষয়
topics-intro = বিষয় অনুযায়ী সাজানো পাতা।
page-topics-label = বিষয়:
topic-pages-intro = { $topic } বিষয়ে পাতাগুলি।
topic-count = { $count ->
    [one] { $count }টি পাতা
   *[other] { $count }টি পাতা
}

## Audiences
audience-label = যাদের জন্য লেখা:
audience-parents-carers = বাবা-মা ও দেখাশোনাকারী (কেয়ারার)
audience-young-people = তরুণ-তরুণী
audience-professionals = পেশাদার কর্মী

## Language chooser (the site's front door)
chooser-title = আপনার ভাষা বেছে নিন
chooser-intro = এই তথ্য নিচের ভাষাগুলিতে পাওয়া যায়।

## Not found
not-found-title = পাতাটি পাওয়া যায়নি
not-found-text = আপনি যদি ওয়েব ঠিকানাটি নিজে লিখে থাকেন, তাহলে দেখে নিন সেটি ঠিক আছে কি না। আপনি যদি কোনো লিংক থেকে এসে থাকেন, তাহলে পাতাটি হয়তো অন্য জায়গায় সরানো হয়েছে।
not-found-home = প্রথম পাতায় যান

## Redirects (old addresses)
redirect-title = এই পাতাটি সরানো হয়েছে
redirect-text = এই পাতাটি এখন এই ঠিকানায় আছে: { $url }

## Dates: how this language writes a date
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর
date-format = { $day } { $month } { $year }
# The ten digits this language writes numbers with, 0 to 9 (Bengali digits).
digits = ০১২৩৪৫৬৭৮৯

## The service directory
need-communication-and-interaction = যোগাযোগ ও মেলামেশা
need-cognition-and-learning = বোধশক্তি ও শেখা
need-social-emotional-and-mental-health = সামাজিক, আবেগগত ও মানসিক স্বাস্থ্য
need-sensory-and-physical = ইন্দ্রিয়গত ও শারীরিক চাহিদা
need-all = চাহিদার সব ক্ষেত্র
cost-free = বিনামূল্যে
cost-paid = ফি দিতে হয়
cost-mixed = কিছু অংশ বিনামূল্যে
referral-self = আপনি নিজেই তাদের সঙ্গে যোগাযোগ করতে পারেন
referral-professional = কোনো পেশাদার কর্মীকে আপনাকে রেফার করতে হবে
referral-both = আপনি নিজেই তাদের সঙ্গে যোগাযোগ করতে পারেন, অথবা কোনো পেশাদার কর্মী আপনাকে রেফার করতে পারেন
service-facts-heading = এই সেবা সম্পর্কে
service-organisation = পরিচালনায়
service-who = কাদের জন্য
service-ages = বয়স { $from } থেকে { $to } বছর
service-referral = কীভাবে সাহায্য পাবেন
service-cost = খরচ
service-categories = সেবার ধরন
service-contact-heading = কীভাবে যোগাযোগ করবেন
service-phone = ফোন
service-email = ইমেইল
service-website = ওয়েবসাইট
service-address = ঠিকানা
service-hours = খোলার সময়
service-languages = যেসব ভাষায় কথা বলা যায়
service-accessibility = প্রবেশের সুবিধা
last-reviewed = সর্বশেষ পর্যালোচনা: { $date }
directory-filter-heading = সেবা খুঁজুন
directory-by-need = চাহিদার ক্ষেত্র
directory-by-category = সেবার ধরন
directory-all = সব সেবা দেখুন
directory-form-heading = তালিকা ফিল্টার করুন
directory-any = যেকোনো
directory-age-label = আপনার সন্তান বা তরুণ-তরুণীর বয়স (বছরে)
directory-results-heading = সেবাসমূহ
directory-count = { $count ->
    [one] { $count }টি সেবা
   *[other] { $count }টি সেবা
}
# Announced as the list changes, and the button under a long list; %N% stands for the number,
# so write no plural forms here.
directory-found = খুঁজে পাওয়া সেবার সংখ্যা: { $count }
directory-more = আরও সেবা দেখুন (এখনও দেখানো হয়নি: { $count })
directory-none = মিলে যায় এমন কোনো সেবা নেই। কম ফিল্টার দিয়ে চেষ্টা করুন।
directory-filter-title = সেবা: { $filter }
directory-filter-intro = { $filter } সংক্রান্ত সেবাসমূহ।
directory-jump = সেবা ফিল্টার করুন
directory-nojs = জাভাস্ক্রিপ্ট ছাড়া, নিচে থেকে একটি চাহিদার ক্ষেত্র, সেবার ধরন বা বয়স বেছে নিন।
directory-by-age = বয়স
directory-needs-unstated = চাহিদার ক্ষেত্র উল্লেখ নেই
directory-categories-unstated = সেবার ধরন উল্লেখ নেই
directory-ages-unstated = বয়স উল্লেখ নেই
directory-cost-unstated = খরচ উল্লেখ নেই
directory-referral-unstated = সাহায্য পাওয়ার উপায় উল্লেখ নেই
directory-found-unstated = খুঁজে পাওয়া সেবার সংখ্যা: { $count }। যেগুলোতে এই তথ্য উল্লেখ নেই, সেগুলো নিচে দেওয়া হলো: { $unstated }
directory-ages-intro = { $from } থেকে { $to } বছর বয়সী শিশু ও তরুণ-তরুণীদের জন্য সেবা। যেসব সেবা বয়স উল্লেখ করেনি, সেগুলো এর পরে দেওয়া হলো।

## Search
search-title = অনুসন্ধান
search-label = এই ওয়েবসাইটে খুঁজুন
search-button = খুঁজুন
# Announced as results change; %N% stands for the number, so write no plural forms here.
search-shown = খুঁজে পাওয়া ফলাফলের সংখ্যা: { $count }
search-none = আপনার খোঁজার সঙ্গে মেলে এমন কোনো পাতা পাওয়া যায়নি। অন্য শব্দ দিয়ে চেষ্টা করুন, অথবা নিচে সব পাতার তালিকা দেখুন।
search-corrected = { $query }-এর ফলাফল দেখানো হচ্ছে
search-as-typed = তার বদলে { $query } খুঁজুন
search-needs-javascript = খোঁজার জন্য JavaScript দরকার, যা এই ব্রাউজারে চলছে না। নিচে বর্ণানুক্রমে সাজানো সব পাতার তালিকায় আপনার পাতাটি খুঁজুন।
search-filters-heading = আপনার খোঁজ আরও নির্দিষ্ট করুন
search-filter-section = অংশ
search-filter-topic = বিষয়
a-z-heading = বর্ণানুক্রমে সব পাতা
a-z-intro = এই ওয়েবসাইটের সব পাতা, বর্ণানুক্রমে সাজানো।

## Leaflets: some pages as PDFs to print
leaflet-download = এই পাতাটি লিফলেট হিসেবে ডাউনলোড করুন (PDF, { $size } KB)
leaflet-download-in-default-language = এই পাতাটি লিফলেট হিসেবে ডাউনলোড করুন (PDF, { $size } KB, ইংরেজিতে)
leaflet-version = (PDF, { $size } KB)
leaflets-title = ছাপার জন্য লিফলেট
leaflets-intro = এই ওয়েবসাইটের কিছু পাতা, ছাপার জন্য লিফলেট হিসেবে, যে যে ভাষায় সেগুলি লেখা হয়েছে তার প্রতিটিতে। প্রতিটি লিফলেটে একটি QR কোড আছে, যা একই পাতাটি অনলাইনে খোলে।
leaflet-contacts = গুরুত্বপূর্ণ যোগাযোগ
leaflet-page = পাতা { $page } / { $total }
leaflet-qr = QR কোড, যা এই পাতাটি অনলাইনে খোলে

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

## What the Local Offer covers
coverage-title = এই লোকাল অফারে কী আছে
coverage-intro = আইন অনুযায়ী একটি লোকাল অফারে (Local Offer) কী থাকতেই হবে, এবং এই ওয়েবসাইটের কোন পাতায় প্রতিটি অংশের কথা আছে।
coverage-law = এই আইনের নাম Special Educational Needs and Disability Regulations 2014। এর Schedule 2 বলে যে প্রতিটি কাউন্সিলের লোকাল অফারে কী কী থাকতে হবে। নিচে প্রতিটি অংশের সহজ ভাষায় একটি ছোট শিরোনাম, এবং এই ওয়েবসাইটের যে পাতাগুলোতে তার কথা আছে সেগুলো দেওয়া হলো।
coverage-paragraph = অনুচ্ছেদ { $number }:
coverage-none = এই ওয়েবসাইটের কোনো পাতায় এখনও এর কথা নেই।
coverage-source = legislation.gov.uk-এ Schedule 2-এর মূল লেখা পড়ুন (ইংরেজিতে)
coverage-licence = এতে Open Government Licence v3.0-এর অধীনে লাইসেন্স করা সরকারি খাতের তথ্য রয়েছে।
schedule-2-1 = কাউন্সিল তার এলাকায় শেখা ও প্রশিক্ষণের জন্য যে সাহায্য আশা করে
schedule-2-2 = কাউন্সিল তার এলাকার বাইরে শেখা ও প্রশিক্ষণের জন্য যে সাহায্য আশা করে
schedule-2-3 = সাধারণ ও বিশেষ স্কুল এবং কলেজে সাহায্য, কাউন্সিলের ব্যবস্থা করা সাহায্য, এবং সাহায্যের খরচ কীভাবে দেওয়া হয়
schedule-2-4 = চাহিদা কীভাবে খুঁজে বের করা ও যাচাই করা হয়, এবং কীভাবে EHC needs assessment চাইবেন
schedule-2-5 = স্কুল, কলেজ ও অন্যান্য প্রতিষ্ঠান কীভাবে পড়ায়, সাহায্য করে, অগ্রগতি যাচাই করে এবং মানসিক সুস্থতায় সাহায্য করে
schedule-2-6 = স্কুল বা কলেজের বাইরে শিক্ষায় অন্যান্য সাহায্য
schedule-2-7 = প্রশিক্ষণ, শিক্ষানবিশি (apprenticeship) এবং সহায়তাসহ ইন্টার্নশিপ (supported internships)
schedule-2-8 = স্বাস্থ্য সেবা
schedule-2-9 = সামাজিক যত্ন (social care) সেবা
schedule-2-10 = প্রাপ্তবয়স্ক জীবন ও স্বাধীনভাবে বসবাসের প্রস্তুতি
schedule-2-11 = স্কুল, কলেজ ও শিশুদের প্রাথমিক শিক্ষাকেন্দ্রে যাতায়াত
schedule-2-12 = নার্সারি, স্কুল ও কলেজের মধ্যে বদল
schedule-2-13 = শিশুর দেখাশোনা (childcare)
schedule-2-14 = অবসরের কার্যক্রম
schedule-2-15 = তথ্য, পরামর্শ ও সাহায্য কোথায় পাবেন
schedule-2-16 = মতভেদ মেটানো, মধ্যস্থতা (mediation) এবং ট্রাইব্যুনালে আপিল
schedule-2-17 = কীভাবে অভিযোগ করবেন

## Other ways to get the Local Offer
other-formats-heading = এই তথ্য পাওয়ার অন্য উপায়।
other-formats-intro = আপনি লোকাল অফার কাগজে বা বড় অক্ষরে পেতে পারেন, অথবা ফোনে বা সরাসরি গিয়ে কাউকে এ বিষয়ে জিজ্ঞেস করতে পারেন।
other-formats-leaflet = এই পাতাটি লিফলেট হিসেবে প্রিন্ট করুন
other-formats-leaflets = প্রিন্ট করার লিফলেট
other-formats-phone = { $phone } নম্বরে ফোন করুন
other-formats-email = { $email } ঠিকানায় ইমেইল করুন
other-formats-address = সরাসরি গিয়ে এখানে জিজ্ঞেস করুন: { $address }
other-formats-ask = অন্য কোনো রূপে চাইতে কাউন্সিলের সাথে যোগাযোগ করুন।

## The privacy notice
privacy-title = গোপনীয়তা
privacy-intro = এই ওয়েবসাইট আপনার সম্পর্কে কী রাখে: কিছুই না।
privacy-stored-heading = এই ওয়েবসাইট আপনার ডিভাইসে কী রাখে
privacy-stored-text = কিছুই না। এই ওয়েবসাইট কোনো কুকি (cookie) ব্যবহার করে না এবং আপনার ফোন বা কম্পিউটারে কিছুই রাখে না, শুধু পাতাগুলোর সেই সাধারণ কপি ছাড়া যা আপনার ব্রাউজার দ্রুত খোলার জন্য রাখে।
privacy-others-heading = অন্য কোম্পানি
privacy-others-text = প্রতিটি পাতা, ছবি, স্ক্রিপ্ট ও খোঁজার ফাইল এই ওয়েবসাইট থেকেই আসে। পাতাগুলো অন্য কোনো ওয়েবসাইট থেকে কিছু আনে না, তাই অন্য কোনো কোম্পানি জানতে পারে না আপনি এখানে কী পড়েন।
privacy-analytics-heading = পরিসংখ্যান (analytics)
privacy-analytics-text = এই ওয়েবসাইট তার দর্শকদের গোনে না বা অনুসরণ করে না। এটি কোনো ধরনের analytics ব্যবহার করে না।
privacy-links-heading = অন্য ওয়েবসাইটের লিংক
privacy-links-text = কিছু পাতায় অন্য ওয়েবসাইটের লিংক আছে, যেমন কোনো সেবার নিজের ওয়েবসাইট। সেই ওয়েবসাইটগুলোর নিজস্ব গোপনীয়তা নীতি আছে।

## The accessibility statement
accessibility-title = অ্যাক্সেসিবিলিটি বিবৃতি (accessibility statement)
accessibility-intro = এই ওয়েবসাইট কতটা সবার ব্যবহারের উপযোগী, এবং এর কোনো অংশ ব্যবহার করা কঠিন হলে কীভাবে সাহায্য পাবেন।
accessibility-none-heading = এখনও কোনো বিবৃতি নেই
accessibility-none = এই ওয়েবসাইট এখনও তার অ্যাক্সেসিবিলিটি বিবৃতি প্রকাশ করেনি।
accessibility-about-heading = এই ওয়েবসাইট সম্পর্কে
accessibility-about = এই বিবৃতি { $site } সম্পর্কে। এই ওয়েবসাইট চালায় { $organisation }। আমরা চাই যত বেশি সম্ভব মানুষ এটি ব্যবহার করতে পারুক।
accessibility-status-heading = এই ওয়েবসাইট কতটা সবার ব্যবহারের উপযোগী
accessibility-compliance-full = এই ওয়েবসাইট Web Content Accessibility Guidelines সংস্করণ 2.2-এর AA মান পুরোপুরি মেনে চলে।
accessibility-compliance-partial = নিচে লেখা সমস্যাগুলোর কারণে এই ওয়েবসাইট Web Content Accessibility Guidelines সংস্করণ 2.2-এর AA মান আংশিকভাবে মেনে চলে।
accessibility-compliance-not = এই ওয়েবসাইট Web Content Accessibility Guidelines সংস্করণ 2.2-এর AA মান মেনে চলে না। সমস্যাগুলো নিচে লেখা আছে।
accessibility-issues-heading = কী ব্যবহারের উপযোগী নয়, এবং কেন
accessibility-no-issues = এই ওয়েবসাইটের এমন কোনো অংশের কথা আমরা জানি না যা ব্যবহারের উপযোগী নয়।
accessibility-formats-heading = তথ্য অন্য রূপে চাওয়া
accessibility-formats = এই ওয়েবসাইটের তথ্য যদি আপনার অন্য রূপে দরকার হয়, যেমন বড় অক্ষরে, সহজ ভাষায়, অডিওতে বা ব্রেইলে (braille), তাহলে আমাদের সাথে যোগাযোগ করুন।
accessibility-problems-heading = অ্যাক্সেসিবিলিটির সমস্যা জানানো
accessibility-problems = যদি এমন কোনো সমস্যা পান যা এই পাতায় লেখা নেই, অথবা মনে করেন আমরা অ্যাক্সেসিবিলিটির শর্ত পূরণ করছি না, তাহলে আমাদের সাথে যোগাযোগ করুন।
accessibility-use-feedback = প্রতিটি পাতার নিচে দেওয়া মতামতের (feedback) লিংক ব্যবহার করুন।
accessibility-contact-organisation = { $organisation }-এর সাথে যোগাযোগ করুন।
accessibility-enforcement-heading = আইন প্রয়োগের পদ্ধতি
accessibility-enforcement = Equality and Human Rights Commission (EHRC) সরকারি প্রতিষ্ঠানের ওয়েবসাইটের অ্যাক্সেসিবিলিটি আইন ২০১৮ (Public Sector Bodies Accessibility Regulations 2018) প্রয়োগ করে। আপনার অভিযোগের উত্তরে সন্তুষ্ট না হলে Equality Advisory and Support Service (EASS)-এর সাথে যোগাযোগ করুন।
accessibility-eass-link = Equality Advisory and Support Service (ইংরেজিতে)
accessibility-testing-heading = আমরা কীভাবে এই ওয়েবসাইট পরীক্ষা করেছি
accessibility-not-tested = এই ওয়েবসাইটের কোনো পরীক্ষার রেকর্ড এখনও নেই।
accessibility-tested = { $date } তারিখে ওয়েবসাইটের নিজস্ব পরীক্ষা Chromium ব্রাউজারে { $languages }টি ভাষায় { $pages }টি পাতা পরীক্ষা করেছে।
accessibility-tested-axe = axe-core, প্রতিটি ভাষার প্রতিটি পাতায়: { $count }টি সমস্যা পাওয়া গেছে।
accessibility-tested-html = Nu Html Checker: { $count }টি ত্রুটি পাওয়া গেছে।
accessibility-tested-reflow = 320 পিক্সেল চওড়ায়, এবং 200% বড় লেখায়: { $count }টি সমস্যা পাওয়া গেছে।
accessibility-tested-nojs = JavaScript ছাড়া প্রতিটি পাতা: { $count }টি সমস্যা পাওয়া গেছে।
accessibility-tested-limits = স্বয়ংক্রিয় পরীক্ষা সব সমস্যা খুঁজে পায় না।
accessibility-dates-heading = এই বিবৃতি তৈরি
accessibility-prepared = এই বিবৃতি { $prepared } তারিখে তৈরি করা হয়েছে।
accessibility-reviewed = এটি শেষবার { $reviewed } তারিখে পর্যালোচনা করা হয়েছে।
accessibility-last-tested = ওয়েবসাইটটি শেষবার { $tested } তারিখে পরীক্ষা করা হয়েছে।

## Reading offline: "Save for offline" on the home page and each section, and the page a
## phone shows offline for a page it has not saved. { $size } is a number of kilobytes;
## { $done } and { $total } count files.
offline-save-heading = ইন্টারনেট ছাড়া পড়ুন
offline-save-intro = এই ওয়েবসাইটের প্রধান পাতাগুলি, সেগুলির লিফলেট ও খোঁজার সুবিধাসহ, এই ফোনে সেভ করে রাখুন, যাতে ইন্টারনেট না থাকলেও সেগুলি পড়তে পারেন। এর পরে আপনি যে পাতাগুলি খুলবেন, সেগুলিও রেখে দেওয়া হবে।
offline-save = অফলাইনে পড়ার জন্য সেভ করুন (প্রায় { $size } KB ডেটা)
offline-remove = সেভ করা পাতাগুলি মুছে ফেলুন
offline-starting = সেভ করা হচ্ছে। আপনি পড়া চালিয়ে যেতে পারেন।
offline-saving = সেভ করা হচ্ছে: { $total }টির মধ্যে { $done }টি ফাইল
offline-saved = সেভ হয়ে গেছে। এই পাতাগুলি এই ফোনে ইন্টারনেট ছাড়াই খোলে।
offline-already = এই পাতাগুলি এই ফোনে সেভ করা আছে।
offline-failed = সেভ করা শেষ হয়নি। আপনার ইন্টারনেট সংযোগ দেখে নিয়ে আবার চেষ্টা করুন।
offline-removed = সেভ করা পাতাগুলি এই ফোন থেকে মুছে ফেলা হয়েছে।
offline-title = এই পাতাটি এই ফোনে সেভ করা নেই
offline-intro = আপনি এখন ইন্টারনেটের সঙ্গে যুক্ত নেই, এবং এই পাতাটি অফলাইনে পড়ার জন্য সেভ করা হয়নি। নিচের পাতাগুলি ইন্টারনেট ছাড়াই খোলে।
offline-saved-heading = সেভ করা পাতা
offline-visited-heading = আগে যে পাতাগুলি খুলেছিলেন
offline-none = এই ফোনে এখনও কোনো পাতা সেভ করা নেই। ইন্টারনেট থাকার সময় প্রথম পাতায় “অফলাইনে পড়ার জন্য সেভ করুন” ব্যবহার করুন।
offline-home = প্রথম পাতায় যান
offline-search = আপনি এখন অফলাইনে আছেন: শুধু সেভ করা পাতাগুলিতে খোঁজা হচ্ছে।

## My list: services a family keeps on the phone, with no account. { $count } is a
## number; { $name } is a service's name; { $site } is the website's name.
my-list-title = আমার তালিকা
my-list-intro = যে সেবাগুলি আপনি এই ফোনে রেখেছেন। আপনি শেয়ার না করা পর্যন্ত আপনার তালিকা আর কেউ দেখতে পারে না।
my-list-count = আমার তালিকা ({ $count })
my-list-add = আমার তালিকায় যোগ করুন
my-list-remove = আমার তালিকা থেকে সরান
my-list-added = আপনার তালিকায় যোগ করা হয়েছে: { $name }
my-list-removed = আপনার তালিকা থেকে সরানো হয়েছে: { $name }
my-list-empty = আপনার তালিকা খালি। সেবার তালিকা থেকে “আমার তালিকায় যোগ করুন” দিয়ে সেবা যোগ করুন।
my-list-needs-javascript = আপনার তালিকার জন্য জাভাস্ক্রিপ্ট দরকার, যা এই ব্রাউজারে চলছে না। প্রতিটি সেবার পাতায় সেটি টেক্সট মেসেজ বা ইমেইলে পাঠানোর লিংক আছে।
my-list-shared = কেউ এই তালিকাটি আপনার সঙ্গে শেয়ার করেছেন।
my-list-keep = এই সেবাগুলি আমার তালিকায় রাখুন
my-list-kept = সেবাগুলি এই ফোনে আপনার তালিকায় রাখা হয়েছে।
my-list-share-heading = আমার তালিকা শেয়ার করুন
my-list-share-sms = টেক্সট মেসেজে পাঠান
my-list-share-email = ইমেইলে পাঠান
my-list-share-other = অন্য কোনো অ্যাপ দিয়ে শেয়ার করুন
my-list-print = আমার তালিকা প্রিন্ট করুন
my-list-link-label = এই তালিকার লিংক
my-list-copy = লিংকটি কপি করুন
my-list-copied = লিংকটি কপি করা হয়েছে।
my-list-message = { $site } থেকে আমার সেবার তালিকা
my-list-whole = পুরো তালিকা:
service-share-heading = এই সেবাটি কাউকে পাঠান
service-share-sms = টেক্সট মেসেজে পাঠান
service-share-email = ইমেইলে পাঠান

## Listen: reads the page aloud with the phone's own voice.
listen = এই পাতাটি শুনুন
listen-pause = থামান
listen-resume = চালিয়ে যান
listen-stop = বন্ধ করুন
listen-reading = পাতাটি জোরে পড়ে শোনানো হচ্ছে।
listen-paused = থামানো হয়েছে।
listen-resumed = আবার পড়া হচ্ছে।
listen-stopped = বন্ধ করা হয়েছে।
listen-finished = পাতাটি শেষ হয়েছে।

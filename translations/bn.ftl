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
topic-ehc-plans = EHC প্ল্যান
topic-early-years = ছোট শিশুদের প্রথম বছরগুলি
topic-schools = স্কুল ও কলেজ
topic-transport = বাড়ি থেকে স্কুলে যাতায়াতের ব্যবস্থা
topic-preparing-for-adulthood = প্রাপ্তবয়স্ক জীবনের প্রস্তুতি
topic-health = স্বাস্থ্য
topic-social-care = সোশ্যাল কেয়ার (সামাজিক সেবা)
topic-money = টাকাপয়সা ও বেনিফিট (সরকারি ভাতা)
topic-advice = পরামর্শ ও সহায়তা
topic-new-to-luton = Luton-এ নতুন এসেছেন

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

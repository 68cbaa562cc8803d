# Interface strings for the default theme, in English.
# Every other language has a file with the same keys; a key missing there
# falls back to this file, and `localoffer check` lists it.

## Page furniture
skip-link = Skip to main content
site-header-label = Site
language-switcher-label = Language
language-switcher-current = { $language } (current language)
breadcrumb-label = You are here
breadcrumb-home = Home
contents-heading = Contents
last-updated = Last updated: { $date }
feedback-question = Is this page useful?
feedback-link = Tell us what you think of this page
footer-about = This is the Local Offer: information about support for children and young people aged 0 to 25 with special educational needs and disabilities (SEND), and their families.
footer-languages = Read this site in another language
print-page-address = This page online: { $url }

## Untranslated pages
untranslated-notice = This page has not been translated into English yet. Below is the { $language } version.
# A translation no person has checked (translation: { by: machine }): said at its top.
machine-translation-notice = A computer translated this page. No person has checked it yet, so it may have mistakes.
machine-translation-original = Read the page in { $language }
interpreting-ask = To talk to someone in your language, ask for an interpreter:
interpreting-phone = call { $phone }
interpreting-link = how to get an interpreter
# Beside a link, card or result whose page is shown in the default language (not yet
# translated): said in the reader's language. A site whose default is not English writes its own.
in-default-language = (in English)

## Home and section pages
home-sections-heading = What you can find here
section-pages-heading = Pages in this section
section-empty = There are no pages in this section yet.

## Topics
topics-heading = Topics
topics-intro = Pages grouped by topic.
page-topics-label = Topics:
topic-pages-intro = Pages about { $topic }.
topic-count = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}

## Audiences
audience-label = Written for:
audience-parents-carers = parents and carers
audience-young-people = young people
audience-professionals = professionals

## Language chooser (the site's front door)
chooser-title = Choose your language
chooser-intro = This information is available in these languages.

## Not found
not-found-title = Page not found
not-found-text = If you typed the web address, check it is correct. If you followed a link, the page may have moved.
not-found-home = Go to the home page

## Redirects (old addresses)
redirect-title = This page has moved
redirect-text = This page is now at { $url }.

## Dates: how this language writes a date
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-format = { $day } { $month } { $year }
# The ten digits this language writes numbers with, 0 to 9.
digits = 0123456789

## The service directory
need-communication-and-interaction = Communication and interaction
need-cognition-and-learning = Cognition and learning
need-social-emotional-and-mental-health = Social, emotional and mental health
need-sensory-and-physical = Sensory and physical needs
need-all = All areas of need
cost-free = Free
cost-paid = There is a charge
cost-mixed = Some parts are free
referral-self = You can contact them yourself
referral-professional = A professional needs to refer you
referral-both = You can contact them yourself, or a professional can refer you
service-facts-heading = About this service
service-organisation = Run by
service-who = Who it is for
service-ages = Ages { $from } to { $to }
service-referral = How to get help
service-cost = Cost
service-categories = Type of service
service-contact-heading = How to contact them
service-phone = Phone
service-email = Email
service-website = Website
service-address = Address
service-hours = Opening hours
service-languages = Languages spoken
service-accessibility = Access
last-reviewed = Last reviewed: { $date }
directory-filter-heading = Find a service
directory-by-need = Area of need
directory-by-category = Type of service
directory-all = Show all services
directory-form-heading = Filter the list
directory-any = Any
directory-age-label = Age of your child or young person (years)
directory-results-heading = Services
directory-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
# Announced as the list changes, and the button under a long list; %N% stands for the number,
# so write no plural forms here.
directory-found = Services found: { $count }
directory-more = Show more services ({ $count } not shown yet)
directory-none = No services match. Try fewer filters.
directory-filter-title = Services: { $filter }
directory-filter-intro = Services for { $filter }.
directory-jump = Filter services
directory-nojs = Without JavaScript, choose an area of need, a type of service or an age below.
directory-by-age = Age
directory-needs-unstated = Area of need not stated
directory-categories-unstated = Type of service not stated
directory-ages-unstated = Ages not stated
directory-cost-unstated = Cost not stated
directory-referral-unstated = How to get help not stated
# Announced when a filter also lists, apart, the services that do not state what it asks
# about (area of need, type of service, ages, cost or how to get help); as directory-found,
# %N% and %U% stand for the numbers.
directory-found-unstated = Services found: { $count }. Not stated, listed below: { $unstated }
directory-ages-intro = Services for children and young people aged { $from } to { $to }. Services that do not state their ages are listed after them.

## Search
search-title = Search
search-label = Search this site
search-button = Search
# Announced as results change; %N% stands for the number, so write no plural forms here.
search-shown = Results found: { $count }
search-none = No pages match your search. Try other words, or look through every page below.
search-corrected = Showing results for { $query }
search-as-typed = Search instead for { $query }
search-needs-javascript = Search needs JavaScript, which is not running in this browser. Find your page in the list of every page below, in alphabetical order.
search-filters-heading = Narrow your search
search-filter-section = Section
search-filter-topic = Topic
a-z-heading = Every page, A to Z
a-z-intro = Every page of this site, in alphabetical order.

## Leaflets: some pages as PDFs to print
leaflet-download = Download this page as a leaflet (PDF, { $size } KB)
# The leaflet of a page not yet translated: it is in the default language, said in the
# reader's language (as in-default-language).
leaflet-download-in-default-language = Download this page as a leaflet (PDF, { $size } KB, in English)
leaflet-version = (PDF, { $size } KB)
leaflets-title = Leaflets to print
leaflets-intro = Some pages of this site as leaflets to print, in each language they are written in. Each leaflet has a QR code that opens the same page online.
leaflet-contacts = Key contacts
leaflet-page = Page { $page } of { $total }
leaflet-qr = QR code that opens this page online

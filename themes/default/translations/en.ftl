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

## What the Local Offer covers (Schedule 2 of the SEND Regulations 2014). The paragraphs'
## English titles are in the program's schedule-2.yaml; other languages: schedule-2-<number>.
coverage-title = What this Local Offer covers
coverage-intro = What the law says a Local Offer must include, and the pages of this site that cover each part.
coverage-law = The law is called the Special Educational Needs and Disability Regulations 2014. Its Schedule 2 lists what every council's Local Offer must include. Each part below has a short title in plain words, and the pages of this site that cover it.
coverage-paragraph = Paragraph { $number }:
coverage-none = No page of this site covers this yet.
coverage-source = Read Schedule 2 itself on legislation.gov.uk (in English)
coverage-licence = Contains public sector information licensed under the Open Government Licence v3.0.

## Other ways to get the Local Offer (regulation 57), in every footer
other-formats-heading = Other ways to get this information.
other-formats-intro = You can have the Local Offer on paper or in larger print, or ask someone about it by phone or in person.
other-formats-leaflet = Print this page as a leaflet
other-formats-leaflets = Leaflets to print
other-formats-phone = Phone { $phone }
other-formats-email = Email { $email }
other-formats-address = Ask in person at { $address }
other-formats-ask = To ask for it in another form, contact the council.

## The privacy notice
privacy-title = Privacy
privacy-intro = What this website keeps about you: nothing.
privacy-stored-heading = What this site stores on your device
privacy-stored-text = Nothing. This site sets no cookies and keeps nothing on your phone or computer, apart from the ordinary copies of pages that your browser keeps to open them faster.
privacy-others-heading = Other companies
privacy-others-text = Every page, picture, script and search file comes from this site. The pages load nothing from other websites, so no other company learns what you read here.
privacy-analytics-heading = Analytics
privacy-analytics-text = This site does not count or track its visitors. It uses no analytics of any kind.
privacy-links-heading = Links to other websites
privacy-links-text = Some pages link to other websites, such as a service's own website. Those websites have their own privacy notices.

## The accessibility statement (the GOV.UK model statement's sections)
accessibility-title = Accessibility statement
accessibility-intro = How accessible this website is, and how to get help if part of it is hard to use.
accessibility-none-heading = No statement yet
accessibility-none = This website has not published its accessibility statement yet.
accessibility-about-heading = About this website
accessibility-about = This statement applies to { $site }. This website is run by { $organisation }. We want as many people as possible to be able to use it.
accessibility-status-heading = How accessible this website is
accessibility-compliance-full = This website is fully compliant with the Web Content Accessibility Guidelines version 2.2, AA standard.
accessibility-compliance-partial = This website is partially compliant with the Web Content Accessibility Guidelines version 2.2, AA standard, because of the problems listed below.
accessibility-compliance-not = This website is not compliant with the Web Content Accessibility Guidelines version 2.2, AA standard. The problems are listed below.
accessibility-issues-heading = What is not accessible, and why
accessibility-no-issues = We know of no part of this website that is not accessible.
accessibility-formats-heading = Asking for information in another format
accessibility-formats = If you need information on this website in another format, such as large print, easy read, audio or braille, contact us.
accessibility-problems-heading = Reporting accessibility problems
accessibility-problems = If you find a problem that is not listed on this page, or think we are not meeting the accessibility requirements, contact us.
accessibility-use-feedback = Use the feedback link at the bottom of every page.
accessibility-contact-organisation = Contact { $organisation }.
accessibility-enforcement-heading = Enforcement procedure
accessibility-enforcement = The Equality and Human Rights Commission (EHRC) enforces the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
accessibility-eass-link = The Equality Advisory and Support Service (in English)
accessibility-testing-heading = How we tested this website
accessibility-not-tested = There is no record of a test of this website yet.
accessibility-tested = On { $date }, the website's own checks tested { $pages } pages in { $languages } languages, in the Chromium browser.
accessibility-tested-axe = axe-core, on every page in every language: { $count } problems found.
accessibility-tested-html = The Nu Html Checker: { $count } errors found.
accessibility-tested-reflow = Reflow at 320 pixels wide, and text at 200%: { $count } problems found.
accessibility-tested-nojs = Every page without JavaScript: { $count } problems found.
accessibility-tested-limits = Automated checks cannot find every problem.
accessibility-dates-heading = Preparation of this statement
accessibility-prepared = This statement was prepared on { $prepared }.
accessibility-reviewed = It was last reviewed on { $reviewed }.
accessibility-last-tested = The website was last tested on { $tested }.

## Reading offline: "Save for offline" on the home page and each section, and the page a
## phone shows offline for a page it has not saved. { $size } is a number of kilobytes;
## { $done } and { $total } count files.
offline-save-heading = Read without the internet
offline-save-intro = Save the main pages of this website on this phone, with their leaflets and the search, to read them when you have no internet. Pages you open after that are kept too.
offline-save = Save for offline (about { $size } KB of data)
offline-remove = Remove the saved pages
offline-starting = Saving. You can keep reading.
offline-saving = Saving: { $done } of { $total } files
offline-saved = Saved. These pages open on this phone without the internet.
offline-already = These pages are saved on this phone.
offline-failed = Saving did not finish. Check your internet connection and try again.
offline-removed = The saved pages are removed from this phone.
offline-title = This page is not saved on this phone
offline-intro = You are not connected to the internet, and this page was not saved for reading offline. The pages below open without the internet.
offline-saved-heading = Saved pages
offline-visited-heading = Pages you opened before
offline-none = No pages are saved on this phone yet. When you are online, use "Save for offline" on the home page.
offline-home = Go to the home page
offline-search = You are offline: only the saved pages are searched.

## My list: services a family keeps on the phone, with no account. { $count } is a
## number; { $name } is a service's name; { $site } is the website's name.
my-list-title = My list
my-list-intro = Services you keep on this phone. Nobody else can see your list until you share it.
my-list-count = My list ({ $count })
my-list-add = Add to my list
my-list-remove = Remove from my list
my-list-added = Added to your list: { $name }
my-list-removed = Removed from your list: { $name }
my-list-empty = Your list is empty. Add services from the directory with "Add to my list".
my-list-needs-javascript = Your list needs JavaScript, which is not running in this browser. Each service's page has links to send it by text message or email.
my-list-shared = Someone shared this list with you.
my-list-keep = Keep these services in my list
my-list-kept = The services are in your list on this phone.
my-list-share-heading = Share my list
my-list-share-sms = Send by text message
my-list-share-email = Send by email
my-list-share-other = Share with another app
my-list-print = Print my list
my-list-link-label = Link to this list
my-list-copy = Copy the link
my-list-copied = The link is copied.
my-list-message = My list of services from { $site }
my-list-whole = The whole list:
service-share-heading = Send this service to someone
service-share-sms = Send by text message
service-share-email = Send by email

## Listen: reads the page aloud with the phone's own voice.
listen = Listen to this page
listen-pause = Pause
listen-resume = Carry on
listen-stop = Stop
listen-reading = Reading the page aloud.
listen-paused = Paused.
listen-resumed = Reading again.
listen-stopped = Stopped.
listen-finished = The end of the page.

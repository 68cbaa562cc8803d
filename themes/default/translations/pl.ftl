# Interface strings for the default theme, in Polish (polski).
# Teksty interfejsu domyślnego motywu, po polsku. Brakujący tu klucz jest brany
# z pliku angielskiego (en.ftl).

## Page furniture
skip-link = Przejdź do głównej treści
site-header-label = Serwis
language-switcher-label = Język
language-switcher-current = { $language } (obecny język)
breadcrumb-label = Jesteś tutaj
breadcrumb-home = Strona główna
contents-heading = Spis treści
last-updated = Ostatnia aktualizacja: { $date }
feedback-question = Czy ta strona jest przydatna?
feedback-link = Powiedz nam, co myślisz o tej stronie
footer-about = To jest Local Offer (lokalna oferta wsparcia): informacje o pomocy dla dzieci i młodzieży w wieku od 0 do 25 lat ze specjalnymi potrzebami edukacyjnymi i niepełnosprawnościami (SEND) oraz dla ich rodzin.
footer-languages = Przeczytaj tę stronę w innym języku
print-page-address = Ta strona w internecie: { $url }

## Untranslated pages
untranslated-notice = Ta strona nie została jeszcze przetłumaczona na język polski. Poniżej znajduje się wersja w języku: { $language }.
machine-translation-notice = Tę stronę przetłumaczył komputer. Nikt jeszcze jej nie sprawdził, więc mogą w niej być błędy.
machine-translation-original = Przeczytaj stronę w języku: { $language }
interpreting-ask = Aby porozmawiać z kimś w swoim języku, poproś o tłumacza:
interpreting-phone = zadzwoń pod numer { $phone }
interpreting-link = jak uzyskać tłumacza
in-default-language = (po angielsku)

## Home and section pages
home-sections-heading = Co tu znajdziesz
section-pages-heading = Strony w tym dziale
section-empty = W tym dziale nie ma jeszcze żadnych stron.

## Topics
topics-heading = Tematy
topics-intro = Strony pogrupowane według tematów.
page-topics-label = Tematy:
topic-pages-intro = Strony na temat „{ $topic }”.
topic-count = { $count ->
    [one] { $count } strona
    [few] { $count } strony
    [many] { $count } stron
   *[other] { $count } strony
}

## Audiences
audience-label = Dla kogo:
audience-parents-carers = rodzice i opiekunowie
audience-young-people = młodzi ludzie
audience-professionals = specjaliści

## Language chooser (the site's front door)
chooser-title = Wybierz język
chooser-intro = Te informacje są dostępne w następujących językach.

## Not found
not-found-title = Nie znaleziono strony
not-found-text = Jeśli adres strony został wpisany ręcznie, sprawdź, czy jest poprawny. Jeśli strona została otwarta z linku, mogła zostać przeniesiona.
not-found-home = Przejdź do strony głównej

## Redirects (old addresses)
redirect-title = Ta strona została przeniesiona
redirect-text = Ta strona znajduje się teraz pod adresem { $url }.

## Dates: how this language writes a date
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-format = { $day } { $month } { $year }
# The ten digits this language writes numbers with, 0 to 9.
digits = 0123456789

## The service directory
need-communication-and-interaction = Komunikacja i interakcje
need-cognition-and-learning = Funkcje poznawcze i uczenie się
need-social-emotional-and-mental-health = Zdrowie społeczne, emocjonalne i psychiczne
need-sensory-and-physical = Potrzeby sensoryczne i fizyczne
need-all = Wszystkie obszary potrzeb
cost-free = Bezpłatnie
cost-paid = Usługa jest płatna
cost-mixed = Niektóre elementy są bezpłatne
referral-self = Możesz skontaktować się z nimi samodzielnie
referral-professional = Potrzebne jest skierowanie od specjalisty
referral-both = Możesz skontaktować się z nimi samodzielnie albo może cię skierować specjalista
service-facts-heading = O tej usłudze
service-organisation = Kto prowadzi
service-who = Dla kogo
service-ages = W wieku od { $from } do { $to } lat
service-referral = Jak uzyskać pomoc
service-cost = Koszt
service-categories = Rodzaj usługi
service-contact-heading = Jak się z nimi skontaktować
service-phone = Telefon
service-email = E-mail
service-website = Strona internetowa
service-address = Adres
service-hours = Godziny otwarcia
service-languages = Języki, w których można się porozumieć
service-accessibility = Dostępność
last-reviewed = Ostatnia weryfikacja: { $date }
directory-filter-heading = Znajdź usługę
directory-by-need = Obszar potrzeb
directory-by-category = Rodzaj usługi
directory-all = Pokaż wszystkie usługi
directory-form-heading = Zawęź listę
directory-any = Wszystkie
directory-age-label = Wiek dziecka lub młodej osoby (w latach)
directory-results-heading = Usługi
directory-count = { $count ->
    [one] { $count } usługa
    [few] { $count } usługi
    [many] { $count } usług
   *[other] { $count } usługi
}
# Announced as the list changes, and the button under a long list; %N% stands for the number,
# so write no plural forms here.
directory-found = Liczba znalezionych usług: { $count }
directory-more = Pokaż więcej usług (jeszcze niepokazane: { $count })
directory-none = Żadna usługa nie pasuje. Spróbuj wybrać mniej filtrów.
directory-filter-title = Usługi: { $filter }
directory-filter-intro = Usługi z zakresu „{ $filter }”.
directory-jump = Filtruj usługi
directory-nojs = Bez JavaScriptu wybierz poniżej obszar potrzeb, rodzaj usługi lub wiek.
directory-by-age = Wiek
directory-needs-unstated = Obszar potrzeb nie został podany
directory-categories-unstated = Rodzaj usługi nie został podany
directory-ages-unstated = Wiek nie został podany
directory-cost-unstated = Koszt nie został podany
directory-referral-unstated = Sposób uzyskania pomocy nie został podany
directory-found-unstated = Liczba znalezionych usług: { $count }. Bez tej informacji, wymienione poniżej: { $unstated }
directory-ages-intro = Usługi dla dzieci i młodych osób w wieku od { $from } do { $to } lat. Usługi, które nie podają wieku, są wymienione po nich.

## Search
search-title = Wyszukiwanie
search-label = Szukaj w tym serwisie
search-button = Szukaj
# Announced as results change; %N% stands for the number, so write no plural forms here.
search-shown = Liczba znalezionych wyników: { $count }
search-none = Żadna strona nie pasuje do wyszukiwania. Spróbuj użyć innych słów albo przejrzyj listę wszystkich stron poniżej.
search-corrected = Wyniki dla: { $query }
search-as-typed = Szukaj zamiast tego: { $query }
search-needs-javascript = Wyszukiwarka potrzebuje JavaScriptu, który nie działa w tej przeglądarce. Znajdź swoją stronę na liście wszystkich stron poniżej, w kolejności alfabetycznej.
search-filters-heading = Zawęź wyszukiwanie
search-filter-section = Dział
search-filter-topic = Temat
a-z-heading = Wszystkie strony od A do Z
a-z-intro = Wszystkie strony tego serwisu w kolejności alfabetycznej.

## Leaflets: some pages as PDFs to print
leaflet-download = Pobierz tę stronę jako ulotkę (PDF, { $size } KB)
leaflet-download-in-default-language = Pobierz tę stronę jako ulotkę (PDF, { $size } KB, po angielsku)
leaflet-version = (PDF, { $size } KB)
leaflets-title = Ulotki do wydruku
leaflets-intro = Niektóre strony tej witryny jako ulotki do wydruku, w każdym języku, w którym zostały napisane. Każda ulotka ma kod QR, który otwiera tę samą stronę w internecie.
leaflet-contacts = Ważne kontakty
leaflet-page = Strona { $page } z { $total }
leaflet-qr = Kod QR, który otwiera tę stronę w internecie

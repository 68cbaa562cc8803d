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

## What the Local Offer covers
coverage-title = Co obejmuje ta Oferta Lokalna
coverage-intro = Co według prawa musi zawierać Oferta Lokalna (Local Offer) i które strony tej witryny omawiają każdą część.
coverage-law = To prawo to Special Educational Needs and Disability Regulations 2014. Jego Załącznik 2 (Schedule 2) wymienia, co musi zawierać Oferta Lokalna każdej rady. Poniżej każda część ma krótki tytuł prostymi słowami i strony tej witryny, które ją omawiają.
coverage-paragraph = Punkt { $number }:
coverage-none = Żadna strona tej witryny jeszcze tego nie omawia.
coverage-source = Przeczytaj tekst Załącznika 2 na legislation.gov.uk (po angielsku)
coverage-licence = Zawiera informacje sektora publicznego udostępnione na licencji Open Government Licence v3.0.
schedule-2-1 = Pomoc w nauce i szkoleniu, której rada oczekuje na swoim terenie
schedule-2-2 = Pomoc w nauce i szkoleniu, której rada oczekuje poza swoim terenem
schedule-2-3 = Pomoc w zwykłych i specjalnych szkołach i college'ach, pomoc organizowana przez radę i sposób finansowania pomocy
schedule-2-4 = Jak rozpoznaje się i ocenia potrzeby oraz jak poprosić o ocenę potrzeb EHC (EHC needs assessment)
schedule-2-5 = Jak szkoły, college'e i inne placówki uczą, wspierają, sprawdzają postępy i dbają o dobre samopoczucie
schedule-2-6 = Inna pomoc w edukacji, poza szkołą lub college'em
schedule-2-7 = Szkolenia, praktyki zawodowe i staże ze wsparciem (supported internships)
schedule-2-8 = Usługi zdrowotne
schedule-2-9 = Usługi opieki społecznej
schedule-2-10 = Przygotowanie do dorosłego i samodzielnego życia
schedule-2-11 = Dojazd do szkoły, college'u i placówki wczesnej edukacji
schedule-2-12 = Przejście między żłobkiem lub przedszkolem, szkołą i college'em
schedule-2-13 = Opieka nad dziećmi (childcare)
schedule-2-14 = Zajęcia w czasie wolnym
schedule-2-15 = Gdzie znaleźć informacje, porady i wsparcie
schedule-2-16 = Rozwiązywanie sporów, mediacja i odwołania do trybunału
schedule-2-17 = Jak złożyć skargę

## Other ways to get the Local Offer
other-formats-heading = Inne sposoby otrzymania tych informacji.
other-formats-intro = Możesz otrzymać Ofertę Lokalną na papierze lub większą czcionką albo zapytać o nią kogoś telefonicznie lub osobiście.
other-formats-leaflet = Wydrukuj tę stronę jako ulotkę
other-formats-leaflets = Ulotki do wydruku
other-formats-phone = Zadzwoń pod numer { $phone }
other-formats-email = Napisz na adres { $email }
other-formats-address = Zapytaj osobiście: { $address }
other-formats-ask = Aby poprosić o nią w innej formie, skontaktuj się z radą.

## The privacy notice
privacy-title = Prywatność
privacy-intro = Co ta witryna przechowuje o Tobie: nic.
privacy-stored-heading = Co ta witryna zapisuje na Twoim urządzeniu
privacy-stored-text = Nic. Ta witryna nie używa plików cookie i niczego nie zapisuje na Twoim telefonie ani komputerze, poza zwykłymi kopiami stron, które przeglądarka przechowuje, aby szybciej je otwierać.
privacy-others-heading = Inne firmy
privacy-others-text = Każda strona, obraz, skrypt i plik wyszukiwania pochodzi z tej witryny. Strony nie pobierają niczego z innych witryn, więc żadna inna firma nie wie, co tu czytasz.
privacy-analytics-heading = Statystyki (analytics)
privacy-analytics-text = Ta witryna nie liczy ani nie śledzi odwiedzających. Nie używa żadnych narzędzi analytics.
privacy-links-heading = Linki do innych witryn
privacy-links-text = Niektóre strony zawierają linki do innych witryn, na przykład do strony danej usługi. Te witryny mają własne zasady prywatności.

## The accessibility statement
accessibility-title = Deklaracja dostępności
accessibility-intro = Na ile ta witryna jest dostępna i jak uzyskać pomoc, jeśli jakaś jej część jest trudna w użyciu.
accessibility-none-heading = Jeszcze nie ma deklaracji
accessibility-none = Ta witryna nie opublikowała jeszcze deklaracji dostępności.
accessibility-about-heading = O tej witrynie
accessibility-about = Ta deklaracja dotyczy witryny { $site }. Witrynę prowadzi { $organisation }. Chcemy, aby mogło z niej korzystać jak najwięcej osób.
accessibility-status-heading = Na ile ta witryna jest dostępna
accessibility-compliance-full = Ta witryna jest w pełni zgodna ze standardem AA wytycznych Web Content Accessibility Guidelines w wersji 2.2.
accessibility-compliance-partial = Ta witryna jest częściowo zgodna ze standardem AA wytycznych Web Content Accessibility Guidelines w wersji 2.2, z powodu problemów wymienionych poniżej.
accessibility-compliance-not = Ta witryna nie jest zgodna ze standardem AA wytycznych Web Content Accessibility Guidelines w wersji 2.2. Problemy są wymienione poniżej.
accessibility-issues-heading = Co nie jest dostępne i dlaczego
accessibility-no-issues = Nie znamy żadnej części tej witryny, która nie byłaby dostępna.
accessibility-formats-heading = Prośba o informacje w innej formie
accessibility-formats = Jeśli potrzebujesz informacji z tej witryny w innej formie, na przykład dużym drukiem, w łatwym języku, jako nagranie lub w alfabecie Braille'a, skontaktuj się z nami.
accessibility-problems-heading = Zgłaszanie problemów z dostępnością
accessibility-problems = Jeśli znajdziesz problem, którego nie ma na tej stronie, lub uważasz, że nie spełniamy wymagań dostępności, skontaktuj się z nami.
accessibility-use-feedback = Użyj linku do opinii na dole każdej strony.
accessibility-contact-organisation = Skontaktuj się z { $organisation }.
accessibility-enforcement-heading = Procedura egzekwowania
accessibility-enforcement = Equality and Human Rights Commission (EHRC) egzekwuje przepisy o dostępności stron internetowych instytucji publicznych z 2018 roku (Public Sector Bodies Accessibility Regulations 2018). Jeśli nie jesteś zadowolony z naszej odpowiedzi na skargę, skontaktuj się z Equality Advisory and Support Service (EASS).
accessibility-eass-link = Equality Advisory and Support Service (po angielsku)
accessibility-testing-heading = Jak testowaliśmy tę witrynę
accessibility-not-tested = Nie ma jeszcze zapisu żadnego testu tej witryny.
accessibility-tested = { $date } własne testy witryny sprawdziły { $pages } stron w { $languages } językach, w przeglądarce Chromium.
accessibility-tested-axe = axe-core, na każdej stronie w każdym języku: znalezione problemy: { $count }.
accessibility-tested-html = Nu Html Checker: znalezione błędy: { $count }.
accessibility-tested-reflow = Układ przy szerokości 320 pikseli i tekst powiększony do 200%: znalezione problemy: { $count }.
accessibility-tested-nojs = Każda strona bez JavaScriptu: znalezione problemy: { $count }.
accessibility-tested-limits = Testy automatyczne nie wykryją każdego problemu.
accessibility-dates-heading = Przygotowanie tej deklaracji
accessibility-prepared = Ta deklaracja została przygotowana { $prepared }.
accessibility-reviewed = Ostatnio sprawdzono ją { $reviewed }.
accessibility-last-tested = Witrynę ostatnio testowano { $tested }.

## Reading offline: "Save for offline" on the home page and each section, and the page a
## phone shows offline for a page it has not saved. { $size } is a number of kilobytes;
## { $done } and { $total } count files.
offline-save-heading = Czytaj bez internetu
offline-save-intro = Zapisz główne strony tej witryny na tym telefonie, razem z ich ulotkami i wyszukiwarką, aby czytać je, gdy nie masz internetu. Strony, które otworzysz później, też zostaną zapisane.
offline-save = Zapisz do czytania bez internetu (około { $size } KB danych)
offline-remove = Usuń zapisane strony
offline-starting = Trwa zapisywanie. Możesz dalej czytać.
offline-saving = Zapisywanie: { $done } z { $total } plików
offline-saved = Zapisano. Te strony otwierają się na tym telefonie bez internetu.
offline-already = Te strony są zapisane na tym telefonie.
offline-failed = Zapisywanie nie zostało ukończone. Sprawdź połączenie z internetem i spróbuj ponownie.
offline-removed = Zapisane strony zostały usunięte z tego telefonu.
offline-title = Ta strona nie jest zapisana na tym telefonie
offline-intro = Nie masz połączenia z internetem, a ta strona nie została zapisana do czytania bez internetu. Strony poniżej otwierają się bez internetu.
offline-saved-heading = Zapisane strony
offline-visited-heading = Strony otwarte wcześniej
offline-none = Na tym telefonie nie ma jeszcze zapisanych stron. Gdy będziesz mieć internet, użyj przycisku „Zapisz do czytania bez internetu” na stronie głównej.
offline-home = Przejdź do strony głównej
offline-search = Nie masz połączenia z internetem: przeszukiwane są tylko zapisane strony.

## My list: services a family keeps on the phone, with no account. { $count } is a
## number; { $name } is a service's name; { $site } is the website's name.
my-list-title = Moja lista
my-list-intro = Usługi, które zachowujesz na tym telefonie. Nikt inny nie widzi Twojej listy, dopóki jej komuś nie udostępnisz.
my-list-count = Moja lista ({ $count })
my-list-add = Dodaj do mojej listy
my-list-remove = Usuń z mojej listy
my-list-added = Dodano do Twojej listy: { $name }
my-list-removed = Usunięto z Twojej listy: { $name }
my-list-empty = Twoja lista jest pusta. Dodaj usługi z katalogu usług przyciskiem „Dodaj do mojej listy”.
my-list-needs-javascript = Twoja lista potrzebuje JavaScriptu, który nie działa w tej przeglądarce. Na stronie każdej usługi są linki, aby wysłać ją SMS-em lub e-mailem.
my-list-shared = Ktoś udostępnił Ci tę listę.
my-list-keep = Zachowaj te usługi na mojej liście
my-list-kept = Te usługi są na Twojej liście na tym telefonie.
my-list-share-heading = Udostępnij moją listę
my-list-share-sms = Wyślij SMS-em
my-list-share-email = Wyślij e-mailem
my-list-share-other = Udostępnij w innej aplikacji
my-list-print = Wydrukuj moją listę
my-list-link-label = Link do tej listy
my-list-copy = Skopiuj link
my-list-copied = Link został skopiowany.
my-list-message = Moja lista usług z witryny { $site }
my-list-whole = Cała lista:
service-share-heading = Wyślij komuś informacje o tej usłudze
service-share-sms = Wyślij SMS-em
service-share-email = Wyślij e-mailem

## Listen: reads the page aloud with the phone's own voice.
listen = Posłuchaj tej strony
listen-pause = Wstrzymaj
listen-resume = Słuchaj dalej
listen-stop = Zatrzymaj
listen-reading = Strona jest czytana na głos.
listen-paused = Wstrzymano.
listen-resumed = Czytanie wznowione.
listen-stopped = Zatrzymano.
listen-finished = Koniec strony.

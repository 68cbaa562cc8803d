# Interface strings for the default theme, in Romanian (română).
# Textele interfeței pentru tema implicită, în limba română. O cheie care lipsește
# aici este luată din fișierul în engleză (en.ftl).

## Page furniture
skip-link = Mergeți direct la conținutul principal
site-header-label = Site
language-switcher-label = Limba
language-switcher-current = { $language } (limba actuală)
breadcrumb-label = Vă aflați aici
breadcrumb-home = Pagina principală
contents-heading = Cuprins
last-updated = Ultima actualizare: { $date }
feedback-question = Vă este utilă această pagină?
feedback-link = Spuneți-ne ce părere aveți despre această pagină
footer-about = Aceasta este Oferta locală (Local Offer): informații despre sprijinul pentru copiii și tinerii între 0 și 25 de ani cu cerințe educaționale speciale și dizabilități (SEND) și pentru familiile lor.
footer-languages = Citiți acest site în altă limbă
print-page-address = Această pagină pe internet: { $url }

## Untranslated pages
untranslated-notice = Această pagină nu a fost încă tradusă în limba română. Mai jos este versiunea în { $language }.
machine-translation-notice = Această pagină a fost tradusă de un calculator. Nicio persoană nu a verificat-o încă, așa că poate avea greșeli.
machine-translation-original = Citiți pagina în { $language }
interpreting-ask = Ca să vorbiți cu cineva în limba dumneavoastră, cereți un interpret:
interpreting-phone = sunați la { $phone }
interpreting-link = cum obțineți un interpret
in-default-language = (în engleză)

## Home and section pages
home-sections-heading = Ce găsiți aici
section-pages-heading = Paginile din această secțiune
section-empty = Această secțiune nu are încă nicio pagină.

## Topics
topics-heading = Subiecte
topics-intro = Pagini grupate pe subiecte.
page-topics-label = Subiecte:
topic-pages-intro = Pagini despre subiectul „{ $topic }”.
topic-count = { $count ->
    [one] { $count } pagină
    [few] { $count } pagini
   *[other] { $count } de pagini
}

## Audiences
audience-label = Scris pentru:
audience-parents-carers = părinți și îngrijitori
audience-young-people = tineri
audience-professionals = profesioniști

## Language chooser (the site's front door)
chooser-title = Alegeți limba
chooser-intro = Aceste informații sunt disponibile în următoarele limbi.

## Not found
not-found-title = Pagina nu a fost găsită
not-found-text = Dacă ați scris adresa web, verificați dacă este corectă. Dacă ați urmat un link, este posibil ca pagina să fi fost mutată.
not-found-home = Mergeți la pagina principală

## Redirects (old addresses)
redirect-title = Această pagină a fost mutată
redirect-text = Această pagină se află acum la adresa { $url }.

## Dates: how this language writes a date
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
date-format = { $day } { $month } { $year }
# The ten digits this language writes numbers with, 0 to 9.
digits = 0123456789

## The service directory
need-communication-and-interaction = Comunicare și interacțiune
need-cognition-and-learning = Cogniție și învățare
need-social-emotional-and-mental-health = Sănătate socială, emoțională și mintală
need-sensory-and-physical = Nevoi senzoriale și fizice
need-all = Toate domeniile de nevoi
cost-free = Gratuit
cost-paid = Este cu plată
cost-mixed = Unele părți sunt gratuite
referral-self = Îi puteți contacta direct
referral-professional = Aveți nevoie de o trimitere de la un specialist
referral-both = Îi puteți contacta direct sau puteți primi o trimitere de la un specialist
service-facts-heading = Despre acest serviciu
service-organisation = Oferit de
service-who = Pentru cine este
service-ages = Vârsta { $from }–{ $to } ani
service-referral = Cum obțineți ajutor
service-cost = Cost
service-categories = Tipul serviciului
service-contact-heading = Cum îi contactați
service-phone = Telefon
service-email = E-mail
service-website = Site web
service-address = Adresă
service-hours = Program
service-languages = Limbi vorbite
service-accessibility = Accesibilitate
last-reviewed = Ultima verificare: { $date }
directory-filter-heading = Găsiți un serviciu
directory-by-need = Domeniul de nevoi
directory-by-category = Tipul serviciului
directory-all = Afișați toate serviciile
directory-form-heading = Filtrați lista
directory-any = Oricare
directory-age-label = Vârsta copilului sau a tânărului (în ani)
directory-results-heading = Servicii
directory-count = { $count ->
    [one] { $count } serviciu
    [few] { $count } servicii
   *[other] { $count } de servicii
}
# Announced as the list changes, and the button under a long list; %N% stands for the number,
# so write no plural forms here.
directory-found = Numărul de servicii găsite: { $count }
directory-more = Afișați mai multe servicii (încă { $count } neafișate)
directory-none = Niciun serviciu nu corespunde. Încercați cu mai puține filtre.
directory-filter-title = Servicii: { $filter }
directory-filter-intro = Servicii din domeniul „{ $filter }”.
directory-jump = Filtrați serviciile
directory-nojs = Fără JavaScript, alegeți mai jos un domeniu de nevoi, un tip de serviciu sau o vârstă.
directory-by-age = Vârsta
directory-needs-unstated = Domeniul de nevoi nu este precizat
directory-categories-unstated = Tipul serviciului nu este precizat
directory-ages-unstated = Vârsta nu este precizată
directory-cost-unstated = Costul nu este precizat
directory-referral-unstated = Modul de a obține ajutor nu este precizat
directory-found-unstated = Numărul de servicii găsite: { $count }. Fără această informație, afișate mai jos: { $unstated }
directory-ages-intro = Servicii pentru copii și tineri cu vârsta între { $from } și { $to } ani. Serviciile care nu își precizează vârsta sunt afișate după ele.

## Search
search-title = Căutare
search-label = Căutați pe acest site
search-button = Căutați
# Announced as results change; %N% stands for the number, so write no plural forms here.
search-shown = Numărul de rezultate găsite: { $count }
search-none = Nicio pagină nu corespunde căutării. Încercați alte cuvinte sau uitați-vă prin lista cu toate paginile de mai jos.
search-corrected = Se afișează rezultatele pentru { $query }
search-as-typed = Căutați în schimb { $query }
search-needs-javascript = Căutarea are nevoie de JavaScript, care nu rulează în acest browser. Găsiți pagina dorită în lista de mai jos cu toate paginile, în ordine alfabetică.
search-filters-heading = Restrângeți căutarea
search-filter-section = Secțiune
search-filter-topic = Subiect
a-z-heading = Toate paginile, de la A la Z
a-z-intro = Toate paginile acestui site, în ordine alfabetică.

## Leaflets: some pages as PDFs to print
leaflet-download = Descărcați această pagină ca broșură (PDF, { $size } KB)
leaflet-download-in-default-language = Descărcați această pagină ca broșură (PDF, { $size } KB, în engleză)
leaflet-version = (PDF, { $size } KB)
leaflets-title = Broșuri de tipărit
leaflets-intro = Unele pagini ale acestui site, ca broșuri de tipărit, în fiecare limbă în care sunt scrise. Fiecare broșură are un cod QR care deschide aceeași pagină pe internet.
leaflet-contacts = Contacte importante
leaflet-page = Pagina { $page } din { $total }
leaflet-qr = Cod QR care deschide această pagină pe internet

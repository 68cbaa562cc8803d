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

## What the Local Offer covers
coverage-title = Ce cuprinde această Ofertă Locală
coverage-intro = Ce spune legea că trebuie să cuprindă o Ofertă Locală (Local Offer) și paginile acestui site care acoperă fiecare parte.
coverage-law = Legea se numește Special Educational Needs and Disability Regulations 2014. Anexa 2 (Schedule 2) arată ce trebuie să cuprindă Oferta Locală a fiecărui consiliu. Mai jos, fiecare parte are un titlu scurt în cuvinte simple și paginile acestui site care o acoperă.
coverage-paragraph = Paragraful { $number }:
coverage-none = Încă nicio pagină a acestui site nu acoperă acest lucru.
coverage-source = Citiți textul Anexei 2 pe legislation.gov.uk (în engleză)
coverage-licence = Conține informații din sectorul public licențiate sub Open Government Licence v3.0.
schedule-2-1 = Ajutorul pentru învățare și formare pe care consiliul îl așteaptă în zona sa
schedule-2-2 = Ajutorul pentru învățare și formare pe care consiliul îl așteaptă în afara zonei sale
schedule-2-3 = Ajutor în școlile și colegiile obișnuite și speciale, ajutorul organizat de consiliu și cum se plătește ajutorul
schedule-2-4 = Cum sunt descoperite și evaluate nevoile și cum cereți o evaluare EHC (EHC needs assessment)
schedule-2-5 = Cum predau, sprijină și urmăresc progresul școlile, colegiile și alți furnizori și cum ajută la starea de bine
schedule-2-6 = Alt ajutor pentru educație, în afara școlii sau a colegiului
schedule-2-7 = Formare, ucenicii și stagii cu sprijin (supported internships)
schedule-2-8 = Servicii de sănătate
schedule-2-9 = Servicii de asistență socială
schedule-2-10 = Pregătirea pentru viața de adult și viața independentă
schedule-2-11 = Drumul spre școală, colegiu și grădiniță
schedule-2-12 = Trecerea de la grădiniță la școală și la colegiu
schedule-2-13 = Îngrijirea copiilor (childcare)
schedule-2-14 = Activități de timp liber
schedule-2-15 = Unde găsiți informații, sfaturi și sprijin
schedule-2-16 = Rezolvarea neînțelegerilor, medierea și contestațiile la tribunal
schedule-2-17 = Cum faceți o plângere

## Other ways to get the Local Offer
other-formats-heading = Alte moduri de a primi aceste informații.
other-formats-intro = Puteți primi Oferta Locală pe hârtie sau cu litere mai mari, ori puteți întreba pe cineva despre ea la telefon sau în persoană.
other-formats-leaflet = Tipăriți această pagină ca broșură
other-formats-leaflets = Broșuri de tipărit
other-formats-phone = Sunați la { $phone }
other-formats-email = Scrieți la { $email }
other-formats-address = Întrebați în persoană la { $address }
other-formats-ask = Ca s-o cereți în altă formă, contactați consiliul.

## The privacy notice
privacy-title = Confidențialitate
privacy-intro = Ce păstrează acest site despre dumneavoastră: nimic.
privacy-stored-heading = Ce salvează acest site pe dispozitivul dumneavoastră
privacy-stored-text = Nimic. Acest site nu folosește cookie-uri și nu păstrează nimic pe telefonul sau calculatorul dumneavoastră, în afară de copiile obișnuite ale paginilor pe care browserul le păstrează ca să le deschidă mai repede.
privacy-others-heading = Alte companii
privacy-others-text = Fiecare pagină, imagine, script și fișier de căutare vine de pe acest site. Paginile nu încarcă nimic de pe alte site-uri, așa că nicio altă companie nu află ce citiți aici.
privacy-analytics-heading = Statistici (analytics)
privacy-analytics-text = Acest site nu își numără și nu își urmărește vizitatorii. Nu folosește niciun fel de analytics.
privacy-links-heading = Linkuri către alte site-uri
privacy-links-text = Unele pagini au linkuri către alte site-uri, de exemplu site-ul unui serviciu. Acele site-uri au propriile reguli de confidențialitate.

## The accessibility statement
accessibility-title = Declarație de accesibilitate
accessibility-intro = Cât de accesibil este acest site și cum primiți ajutor dacă o parte a lui este greu de folosit.
accessibility-none-heading = Încă nu există o declarație
accessibility-none = Acest site nu și-a publicat încă declarația de accesibilitate.
accessibility-about-heading = Despre acest site
accessibility-about = Această declarație se referă la { $site }. Site-ul este administrat de { $organisation }. Vrem ca cât mai mulți oameni să îl poată folosi.
accessibility-status-heading = Cât de accesibil este acest site
accessibility-compliance-full = Acest site respectă pe deplin standardul AA al Web Content Accessibility Guidelines, versiunea 2.2.
accessibility-compliance-partial = Acest site respectă parțial standardul AA al Web Content Accessibility Guidelines, versiunea 2.2, din cauza problemelor de mai jos.
accessibility-compliance-not = Acest site nu respectă standardul AA al Web Content Accessibility Guidelines, versiunea 2.2. Problemele sunt enumerate mai jos.
accessibility-issues-heading = Ce nu este accesibil și de ce
accessibility-no-issues = Nu știm de nicio parte a acestui site care să nu fie accesibilă.
accessibility-formats-heading = Cererea informațiilor în alt format
accessibility-formats = Dacă aveți nevoie de informațiile de pe acest site în alt format, de exemplu cu litere mari, în limbaj ușor, audio sau braille, contactați-ne.
accessibility-problems-heading = Semnalarea problemelor de accesibilitate
accessibility-problems = Dacă găsiți o problemă care nu este pe această pagină sau credeți că nu respectăm cerințele de accesibilitate, contactați-ne.
accessibility-use-feedback = Folosiți linkul pentru păreri din partea de jos a fiecărei pagini.
accessibility-contact-organisation = Contactați { $organisation }.
accessibility-enforcement-heading = Procedura de aplicare
accessibility-enforcement = Equality and Human Rights Commission (EHRC) aplică regulamentul de accesibilitate pentru site-urile publice din 2018 (Public Sector Bodies Accessibility Regulations 2018). Dacă nu sunteți mulțumit de răspunsul nostru la plângerea dumneavoastră, contactați Equality Advisory and Support Service (EASS).
accessibility-eass-link = Equality Advisory and Support Service (în engleză)
accessibility-testing-heading = Cum am testat acest site
accessibility-not-tested = Încă nu există nicio înregistrare a unui test al acestui site.
accessibility-tested = Pe { $date }, verificările proprii ale site-ului au testat { $pages } pagini în { $languages } limbi, în browserul Chromium.
accessibility-tested-axe = axe-core, pe fiecare pagină în fiecare limbă: { $count } probleme găsite.
accessibility-tested-html = Nu Html Checker: { $count } erori găsite.
accessibility-tested-reflow = Afișarea la 320 de pixeli lățime și textul la 200%: { $count } probleme găsite.
accessibility-tested-nojs = Fiecare pagină fără JavaScript: { $count } probleme găsite.
accessibility-tested-limits = Verificările automate nu pot găsi orice problemă.
accessibility-dates-heading = Pregătirea acestei declarații
accessibility-prepared = Această declarație a fost pregătită pe { $prepared }.
accessibility-reviewed = A fost revizuită ultima dată pe { $reviewed }.
accessibility-last-tested = Site-ul a fost testat ultima dată pe { $tested }.

## Reading offline: "Save for offline" on the home page and each section, and the page a
## phone shows offline for a page it has not saved. { $size } is a number of kilobytes;
## { $done } and { $total } count files.
offline-save-heading = Citiți fără internet
offline-save-intro = Salvați pe acest telefon paginile principale ale acestui site, cu broșurile lor și cu căutarea, ca să le citiți când nu aveți internet. Paginile pe care le deschideți după aceea sunt păstrate și ele.
offline-save = Salvați pentru citire fără internet (aproximativ { $size } KB de date)
offline-remove = Ștergeți paginile salvate
offline-starting = Se salvează. Puteți citi mai departe.
offline-saving = Se salvează: { $done } din { $total } fișiere
offline-saved = Paginile au fost salvate. Ele se deschid pe acest telefon fără internet.
offline-already = Aceste pagini sunt salvate pe acest telefon.
offline-failed = Salvarea nu s-a terminat. Verificați conexiunea la internet și încercați din nou.
offline-removed = Paginile salvate au fost șterse de pe acest telefon.
offline-title = Această pagină nu este salvată pe acest telefon
offline-intro = Nu sunteți conectat la internet, iar această pagină nu a fost salvată pentru citire fără internet. Paginile de mai jos se deschid fără internet.
offline-saved-heading = Pagini salvate
offline-visited-heading = Pagini pe care le-ați deschis înainte
offline-none = Încă nu este salvată nicio pagină pe acest telefon. Când aveți internet, folosiți butonul „Salvați pentru citire fără internet” de pe pagina principală.
offline-home = Mergeți la pagina principală
offline-search = Nu sunteți conectat la internet: se caută doar în paginile salvate.

## My list: services a family keeps on the phone, with no account. { $count } is a
## number; { $name } is a service's name; { $site } is the website's name.
my-list-title = Lista mea
my-list-intro = Serviciile pe care le păstrați pe acest telefon. Nimeni altcineva nu vă poate vedea lista până nu o trimiteți cuiva.
my-list-count = Lista mea ({ $count })
my-list-add = Adăugați în lista mea
my-list-remove = Scoateți din lista mea
my-list-added = Adăugat în lista dumneavoastră: { $name }
my-list-removed = Scos din lista dumneavoastră: { $name }
my-list-empty = Lista dumneavoastră este goală. Adăugați servicii din lista de servicii, cu butonul „Adăugați în lista mea”.
my-list-needs-javascript = Lista dumneavoastră are nevoie de JavaScript, care nu rulează în acest browser. Pagina fiecărui serviciu are linkuri ca să îl trimiteți prin SMS sau prin e-mail.
my-list-shared = Cineva v-a trimis această listă.
my-list-keep = Păstrați aceste servicii în lista mea
my-list-kept = Serviciile sunt în lista dumneavoastră de pe acest telefon.
my-list-share-heading = Trimiteți lista mea
my-list-share-sms = Trimiteți prin SMS
my-list-share-email = Trimiteți prin e-mail
my-list-share-other = Trimiteți cu altă aplicație
my-list-print = Tipăriți lista mea
my-list-link-label = Linkul către această listă
my-list-copy = Copiați linkul
my-list-copied = Linkul a fost copiat.
my-list-message = Lista mea de servicii de pe { $site }
my-list-whole = Toată lista:
service-share-heading = Trimiteți acest serviciu cuiva
service-share-sms = Trimiteți prin SMS
service-share-email = Trimiteți prin e-mail

## Listen: reads the page aloud with the phone's own voice.
listen = Ascultați această pagină
listen-pause = Pauză
listen-resume = Continuați
listen-stop = Opriți
listen-reading = Pagina este citită cu voce tare.
listen-paused = În pauză.
listen-resumed = Citirea continuă.
listen-stopped = Citirea s-a oprit.
listen-finished = Sfârșitul paginii.

// The queries of search.mjs's hit@3: what a family might type on each language's search
// page, written from the example site's content. `page` is the page (its path under
// /<lang>/) or pages that answer it; a query hits when one of them is in the first three.
// kind: misspelling (a letter missed, swapped or wrong), abbreviation (or its expansion,
// where the page uses the other form), everyday (a family's own words), variant (another
// spelling of the same letters or an inflected form), age (a child's age in the query).
const TRANSPORT = ["transport/home-to-school-transport", "services/sen-home-to-school-transport", "transport"];
const THERAPY = ["health-and-care/therapies", "services/speech-and-language-therapy"];
const CAMHS = ["health-and-care/mental-health-and-camhs", "services/camhs"];
const TWOS = ["early-years/time-for-2s", "services/time-for-2s"];
const q = (lang, kind, query, page) => ({ lang, kind, query, pages: [page].flat() });

export const QUERIES = [
  q("en", "misspelling", "transprot", TRANSPORT),
  q("en", "misspelling", "tribunel", ["services/sen-and-disability-tribunal", "advice/disagreements-and-mediation"]),
  q("en", "misspelling", "mediaton", "advice/disagreements-and-mediation"),
  q("en", "misspelling", "wheelchiar", "services/wheelchair-services"),
  q("en", "misspelling", "compliants", "advice/complaints"),
  q("en", "misspelling", "speach therapy", THERAPY),
  q("en", "misspelling", "ocupational therapy", ["services/occupational-therapy", "health-and-care/therapies"]),
  q("en", "abbreviation", "EHCP", "ehc-plans/ehc-plans"),
  q("en", "abbreviation", "SENCO", "about-send/sen-support"),
  q("en", "abbreviation", "SALT", THERAPY),
  q("en", "abbreviation", "CAMHS", CAMHS),
  q("en", "abbreviation", "education health and care plan", "ehc-plans/ehc-plans"),
  q("en", "everyday", "money help", "family-support/benefits"),
  q("en", "everyday", "help with behaviour", "health-and-care/behaviour"),
  q("en", "age", "nursery for 2 year old", TWOS),
  q("en", "age", "two-year-old", TWOS),

  q("ur", "abbreviation", "EHCP", "ehc-plans/ehc-plans"),
  q("ur", "abbreviation", "SALT", "health-and-care/therapies"),
  q("ur", "abbreviation", "CAMHS", CAMHS),
  q("ur", "abbreviation", "annual review", "ehc-plans/annual-reviews"),
  q("ur", "everyday", "سالانہ جائزہ", "ehc-plans/annual-reviews"),
  q("ur", "variant", "ذهنی صحت", CAMHS),
  q("ur", "variant", "اسپيشل اسکول", "schools/special-schools"),
  q("ur", "variant", "سالانه جائزه", "ehc-plans/annual-reviews"),
  q("ur", "variant", "نرسریوں", ["early-years/nurseries", "early-years/extra-help-in-nurseries"]),
  q("ur", "misspelling", "ٹرانسپوٹ", TRANSPORT),
  q("ur", "misspelling", "شکایت", "advice/complaints"),
  q("ur", "age", "2 سال کا بچہ", TWOS),

  q("ro", "abbreviation", "EHCP", "ehc-plans/ehc-plans"),
  q("ro", "abbreviation", "SALT", THERAPY),
  q("ro", "abbreviation", "CAMHS", CAMHS),
  q("ro", "everyday", "transportul scolar", TRANSPORT),
  q("ro", "everyday", "logoped", THERAPY),
  q("ro", "misspelling", "medire", "advice/disagreements-and-mediation"),
  q("ro", "misspelling", "plâmgeri", "advice/complaints"),
  q("ro", "misspelling", "bugte personale", "ehc-plans/personal-budgets"),
  q("ro", "variant", "creşe", ["early-years/nurseries", "early-years/extra-help-in-nurseries"]),
  q("ro", "everyday", "revizuire anuala", "ehc-plans/annual-reviews"),
  q("ro", "age", "copil de 2 ani", TWOS),

  q("pl", "abbreviation", "EHCP", "ehc-plans/ehc-plans"),
  q("pl", "abbreviation", "SALT", THERAPY),
  q("pl", "abbreviation", "CAMHS", CAMHS),
  q("pl", "everyday", "logopeda", THERAPY),
  q("pl", "misspelling", "logopda", THERAPY),
  q("pl", "everyday", "przeglad roczny", "ehc-plans/annual-reviews"),
  q("pl", "everyday", "transport do szkoły", TRANSPORT),
  q("pl", "everyday", "zasilki", "family-support/benefits"),
  q("pl", "misspelling", "skagri", "advice/complaints"),
  q("pl", "everyday", "ukończenie 18 lat", "preparing-for-adulthood/turning-18"),
  q("pl", "age", "dziecko 2 lata", TWOS),

  q("bn", "abbreviation", "EHCP", "ehc-plans/ehc-plans"),
  q("bn", "abbreviation", "SALT", THERAPY),
  q("bn", "abbreviation", "CAMHS", CAMHS),
  q("bn", "abbreviation", "annual review", "ehc-plans/annual-reviews"),
  q("bn", "everyday", "স্পিচ থেরাপি", THERAPY),
  q("bn", "everyday", "বার্ষিক রিভিউ", "ehc-plans/annual-reviews"),
  q("bn", "variant", "নার্সারিতে", ["early-years/nurseries", "early-years/extra-help-in-nurseries"]),
  q("bn", "misspelling", "অভিযগ", "advice/complaints"),
  q("bn", "everyday", "স্কুলে যাতায়াত", TRANSPORT),
  q("bn", "age", "২ বছর বয়সী শিশু", TWOS),

  q("ar", "abbreviation", "EHCP", "ehc-plans/ehc-plans"),
  q("ar", "abbreviation", "SALT", THERAPY),
  q("ar", "abbreviation", "CAMHS", CAMHS),
  q("ar", "everyday", "علاج النطق", THERAPY),
  q("ar", "variant", "الشكاوي", "advice/complaints"),
  q("ar", "variant", "المراجعه السنويه", "ehc-plans/annual-reviews"),
  q("ar", "everyday", "حضانة", ["early-years/nurseries", "early-years/extra-help-in-nurseries"]),
  q("ar", "misspelling", "الميزانيات الشخسية", "ehc-plans/personal-budgets"),
  q("ar", "everyday", "النقل المدرسي", TRANSPORT),
  q("ar", "age", "طفل عمره 2 سنة", TWOS),
];

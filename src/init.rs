//! `localoffer init [DIR]`: a new council's site that builds at once: site.yaml with its
//! keys explained, a home page, one section with one page, the service directory's
//! landing page, and a vocabulary file per language to extend the built-in one.
//!
//! It never overwrites a file: into a folder that holds anything it refuses, and with
//! `--force` it writes only the files that are not there yet.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Pos};

/// What `init` was asked for.
#[derive(Debug, Clone)]
pub struct Init {
    pub dir: PathBuf,
    pub title: String,
    pub base_url: String,
    /// The first is the default language.
    pub languages: Vec<String>,
    pub force: bool,
}

/// What `init` did: the files it wrote and those it found already there (with `--force`).
#[derive(Debug, Default)]
pub struct Done {
    pub written: Vec<PathBuf>,
    pub kept: Vec<PathBuf>,
}

/// The languages the program has strings and a vocabulary for: code, own name, right to left.
const KNOWN: &[(&str, &str, bool)] = &[("en", "English", false), ("ur", "اردو", true), ("ro", "Română", false), ("pl", "Polski", false), ("bn", "বাংলা", false), ("ar", "العربية", true)];

/// The starter topics and categories, with their names in each known language but English
/// (English names are written in site.yaml): id, then (language, name) pairs.
const NAMES: &[(&str, &[(&str, &str)])] = &[
    ("topic-new-to-the-area", &[("ur", "علاقے میں نئے"), ("ro", "Nou-veniți în zonă"), ("pl", "Nowi w okolicy"), ("bn", "এলাকায় নতুন"), ("ar", "القادمون الجدد إلى المنطقة")]),
    ("category-advice", &[("ur", "مشورہ اور معلومات"), ("ro", "Consiliere și informații"), ("pl", "Porady i informacje"), ("bn", "পরামর্শ ও তথ্য"), ("ar", "النصائح والمعلومات")]),
    ("category-health", &[("ur", "صحت اور تھراپی"), ("ro", "Sănătate și terapie"), ("pl", "Zdrowie i terapia"), ("bn", "স্বাস্থ্য ও থেরাপি"), ("ar", "الصحة والعلاج")]),
    ("category-education", &[("ur", "اسکول اور کالج"), ("ro", "Școli și colegii"), ("pl", "Szkoły i college'e"), ("bn", "স্কুল ও কলেজ"), ("ar", "المدارس والكليات")]),
    ("category-family-support", &[("ur", "خاندانوں کے لیے مدد"), ("ro", "Sprijin pentru familii"), ("pl", "Wsparcie dla rodzin"), ("bn", "পরিবারের জন্য সহায়তা"), ("ar", "دعم الأسر")]),
];

/// Writes the site; an error names what is wrong before anything is written.
pub fn init(request: &Init) -> Result<Done, Diagnostic> {
    let here = Path::new(".");
    if request.languages.is_empty() || request.languages.iter().any(|l| l.trim().is_empty()) {
        return Err(Diagnostic::error(here, Pos::START, "--languages lists no language", "write the codes, the default first, like --languages en,pl,ur"));
    }
    let occupied = std::fs::read_dir(&request.dir).map(|mut d| d.next().is_some()).unwrap_or(false);
    if occupied && !request.force {
        let hint = "choose an empty or new folder, or give --force to add only the files that are missing (none is overwritten)";
        return Err(Diagnostic::error(&request.dir, Pos::START, "this folder is not empty", hint));
    }
    if request.dir.is_file() {
        return Err(Diagnostic::error(&request.dir, Pos::START, "this is a file, not a folder", "give a folder for the new site"));
    }
    let files = files(request);
    // site.yaml must load: a bad --base-url or language code is found before any file is written.
    check_settings(&files[0].1)?;
    let mut done = Done::default();
    for (rel, text) in files {
        let path = request.dir.join(&rel);
        if path.exists() {
            done.kept.push(rel);
            continue;
        }
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(path.parent().expect("every file is in the site's folder"))?;
            std::fs::write(&path, text)
        };
        write().map_err(|e| Diagnostic::error(&path, Pos::START, format!("cannot write the file: {e}"), "check the folder can be written to"))?;
        done.written.push(rel);
    }
    Ok(done)
}

/// Loads the new site.yaml from a temporary folder, as `build` will.
fn check_settings(site_yaml: &str) -> Result<(), Diagnostic> {
    // A folder of its own per call: two checks at once (tests run in threads) must not share one.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let scratch = std::env::temp_dir().join(format!("localoffer-init-{}-{call}", std::process::id()));
    let prepare = || -> std::io::Result<()> {
        // check.action_sections names about/, which must be a section.
        std::fs::create_dir_all(scratch.join("content/about"))?;
        std::fs::write(scratch.join("content/about/_index.md"), "")?;
        std::fs::write(scratch.join(crate::layout::SITE_YAML), site_yaml)
    };
    let prepared = prepare();
    let loaded = prepared.as_ref().map(|_| crate::config::Config::load(&scratch, None));
    let _ = std::fs::remove_dir_all(&scratch);
    match loaded {
        Err(e) => Err(Diagnostic::error(".", Pos::START, format!("cannot write a temporary file: {e}"), "check that TMPDIR can be written to")),
        Ok(Ok(_)) => Ok(()),
        Ok(Err(diagnostics)) => {
            let first = diagnostics.iter().next().cloned().expect("an error");
            Err(Diagnostic::error(".", Pos::START, format!("these settings would not load: {}", first.message), "check --base-url (a full https:// address) and the --languages codes"))
        }
    }
}

fn language_line(code: &str) -> String {
    match KNOWN.iter().find(|(c, _, _)| *c == code) {
        Some((_, name, true)) => format!("  - {{ code: {code}, name: {name}, direction: rtl }}\n"),
        Some((_, name, false)) => format!("  - {{ code: {code}, name: {name} }}\n"),
        None => format!("  - {{ code: {code}, name: {code} }}   # write the language's name in its own script; add direction: rtl if it is written right to left\n"),
    }
}

/// Every file of the new site, site.yaml first, by path under the site's folder.
fn files(request: &Init) -> Vec<(PathBuf, String)> {
    let default = request.languages[0].as_str();
    let languages: String = request.languages.iter().map(|l| language_line(l)).collect();
    let title = serde_json::to_string(&request.title).expect("a string serialises");
    let site_yaml = format!(
        "# The site's settings. The README's \"site.yaml reference\" explains every key.
title: {title}
base_url: {base_url}
default_language: {default}
languages:                     # the language switcher shows them in this order
{languages}# feedback: send@example.org      # where \"Is this page useful?\" leads: an e-mail or web address
# site_id: my-local-offer        # names the site in its Open Referral ids; keep it if the site moves
# interpreting:                  # how families ask for an interpreter, told on machine translations
#   phone: 01632 960123
# brand:                         # your council's look: see the README's \"Branding\"
#   name: Anytown Council
#   colour: \"#1d70b8\"
topics:                        # what pages may list under topics: (names in other languages: translations/)
  - {{ id: new-to-the-area, name: New to the area }}
directory:                     # the service directory: pages under content/services/
  section: services
  categories:
    - {{ id: advice, name: Advice and information }}
    - {{ id: health, name: Health and therapy }}
    - {{ id: education, name: Schools and colleges }}
    - {{ id: family-support, name: Support for families }}
# Pages in these sections must say how to get in touch when they ask families to.
check:
  action_sections: [about]
",
        base_url = request.base_url,
    );
    let name = request.title.trim();
    let mut files = vec![
        (PathBuf::from(crate::layout::SITE_YAML), site_yaml),
        (
            PathBuf::from("content/_index.md"),
            format!(
                "---\ntitle: {title}\ndescription: Help for children and young people with special educational needs or a disability, and their families.\naudience: [parents-carers, young-people, professionals]\n---\n\nWelcome to the {name}. SEND means special educational needs and disabilities. This site tells you what help there is for children and young people with SEND, aged 0 to 25, and their families.\n\nStart with [what the Local Offer is](about/what-is-the-local-offer.md), or [find a service](services/_index.md).\n"
            ),
        ),
        (PathBuf::from("content/about/_index.md"), "---\ntitle: About the Local Offer\ndescription: What this site is and who it is for.\nweight: 10\n---\n\nThese pages tell you what the Local Offer is and how it is made.\n".to_string()),
        (
            PathBuf::from("content/about/what-is-the-local-offer.md"),
            "---\ntitle: What the Local Offer is\ndescription: Every council in England must tell families what help there is for children with SEND.\nweight: 10\ntopics: [new-to-the-area]\naudience: [parents-carers, young-people]\n---\n\nThe Local Offer is one place to find help for children and young people with SEND. SEND means special educational needs and disabilities.\n\nEvery council in England must publish a Local Offer. The law that says so is the Children and Families Act 2014.\n\n## What you can find here\n\n- Help in nurseries, schools and colleges.\n- Health services and therapy.\n- Support for families.\n- Services near you, in the [service directory](../services/_index.md).\n".to_string(),
        ),
        (PathBuf::from("content/services/_index.md"), "---\ntitle: Service directory\ndescription: Services and groups that help children and young people with SEND, and their families.\n---\n\nThis is a list of services that can help children and young people with SEND, and their families. Each entry tells you what the service does, who it is for and how to get help.\n".to_string()),
    ];
    for lang in &request.languages {
        let built_in = KNOWN.iter().any(|(c, _, _)| c == lang);
        let text = if built_in {
            "# Words families use for the same thing, added to the built-in SEND vocabulary, one group per line.\n# - [SENDIAS, AnytownSENDIAS]\n# - remove: PfA      (drops the built-in group with that word)\n".to_string()
        } else {
            format!("# The program has no SEND vocabulary in '{lang}': write one group of words that mean the same thing per line.\n# - [EHCP, EHC plan]\n")
        };
        files.push((PathBuf::from(format!("vocabulary/{lang}.yaml")), text));
        if lang == default {
            continue;
        }
        let names: String = NAMES.iter().filter_map(|(key, names)| names.iter().find(|(l, _)| l == lang).map(|(_, name)| format!("{key} = {name}\n"))).collect();
        let text = if names.is_empty() {
            let keys: String = NAMES.iter().map(|(key, _)| format!("# {key} = \n")).collect();
            format!("# The names of the site's topics and categories in '{lang}' (and any interface string), key = text.\n{keys}")
        } else {
            format!("# The names of the site's topics and categories in this language, laid over the built-in strings.\n{names}")
        };
        files.push((PathBuf::from(format!("translations/{lang}.ftl")), text));
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(dir: &Path, languages: &[&str]) -> Init {
        Init { dir: dir.to_path_buf(), title: "Anytown SEND Local Offer".into(), base_url: "https://send.anytown.example/".into(), languages: languages.iter().map(|l| l.to_string()).collect(), force: false }
    }

    #[test]
    fn a_new_site_has_its_settings_pages_and_words() {
        let dir = tempfile::tempdir().unwrap();
        let done = init(&request(dir.path(), &["en", "pl", "so"])).unwrap();
        assert!(done.kept.is_empty());
        let site = std::fs::read_to_string(dir.path().join("site.yaml")).unwrap();
        assert!(site.contains("title: \"Anytown SEND Local Offer\"\n") && site.contains("  - { code: pl, name: Polski }\n") && site.contains("  - { code: so, name: so }   # write"), "{site}");
        assert!(std::fs::read_to_string(dir.path().join("translations/pl.ftl")).unwrap().contains("category-health = Zdrowie i terapia\n"));
        assert!(std::fs::read_to_string(dir.path().join("translations/so.ftl")).unwrap().contains("# category-health = \n"));
        assert!(dir.path().join("content/services/_index.md").is_file() && dir.path().join("vocabulary/so.yaml").is_file());
    }

    #[test]
    fn it_never_overwrites_and_refuses_a_folder_in_use() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.yaml"), "mine").unwrap();
        let refused = init(&request(dir.path(), &["en"])).unwrap_err();
        assert_eq!(refused.message, "this folder is not empty");
        let done = init(&Init { force: true, ..request(dir.path(), &["en"]) }).unwrap();
        assert_eq!(done.kept, [PathBuf::from("site.yaml")]);
        assert_eq!(std::fs::read_to_string(dir.path().join("site.yaml")).unwrap(), "mine");
        assert!(dir.path().join("content/_index.md").is_file());
    }

    #[test]
    fn bad_settings_write_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("new");
        let error = init(&Init { base_url: "send.anytown".into(), ..request(&target, &["en"]) }).unwrap_err();
        assert!(error.message.starts_with("these settings would not load: 'base_url'"), "{error:?}");
        assert!(!target.exists());
    }
}

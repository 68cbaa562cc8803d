//! `localoffer init`: another council's site from nothing, with none of Luton's.

use std::path::Path;
use std::process::Command;

fn localoffer(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_localoffer")).current_dir(cwd).args(args).output().unwrap();
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned())
}

fn init(cwd: &Path, dir: &str) -> (i32, String, String) {
    localoffer(cwd, &["init", dir, "--title", "Anytown SEND Local Offer", "--base-url", "https://send.anytown.example/", "--languages", "en,pl,ur,so"])
}

#[test]
fn a_new_site_builds_checks_and_has_nothing_of_luton() {
    let temp = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = init(temp.path(), "anytown");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("created anytown/site.yaml") && stdout.contains("localoffer serve"), "{stdout}");
    let site = temp.path().join("anytown");
    let (code, _, stderr) = localoffer(&site, &["build"]);
    assert_eq!(code, 0, "{stderr}");
    // Every file of the output, whatever it is: no Luton, in any case.
    for entry in walkdir::WalkDir::new(site.join("public")).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let text = String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).to_lowercase();
        assert!(!text.contains("luton"), "{} mentions Luton", entry.path().display());
    }
    assert!(site.join("public/pl/services/index.html").is_file() && site.join("public/so/index.html").is_file());
    // check: no error, and no warning but for Somali, which the program has no strings for,
    // and the legal duties a new site meets none of yet (each paragraph of Schedule 2, the
    // page of comments of regulation 56, the accessibility statement).
    let (code, _, stderr) = localoffer(&site, &["check"]);
    assert_eq!(code, 0, "{stderr}");
    let duty = |w: &&str| w.starts_with("site.yaml:1:1: warning: no page covers Schedule 2, paragraph ") || w.contains("(regulation 56)") || w.contains("the site has no accessibility statement");
    assert_eq!(stderr.lines().filter(|l| l.contains(": warning: ")).filter(duty).count(), 19, "{stderr}");
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains(": warning: ")).filter(|w| !duty(w)).collect();
    assert!(warnings.iter().all(|w| w.starts_with("translations/so.ftl:")), "{warnings:#?}");
    assert!(warnings.iter().any(|w| w.contains("interface string(s) are not translated into so")), "{warnings:#?}");
}

#[test]
fn one_string_of_a_sites_own_keeps_the_others_in_the_language() {
    let temp = tempfile::tempdir().unwrap();
    assert_eq!(init(temp.path(), "site").0, 0);
    let site = temp.path().join("site");
    std::fs::write(site.join("translations/pl.ftl"), "skip-link = Do treści\n").unwrap();
    let (code, _, stderr) = localoffer(&site, &["build"]);
    assert_eq!(code, 0, "{stderr}");
    let home = std::fs::read_to_string(site.join("public/pl/index.html")).unwrap();
    assert!(home.contains(">Do treści</a>"), "the site's own string");
    // The other interface strings stay Polish: the search box, the footer's language list.
    assert!(home.contains("Szukaj") && !home.contains(">Search<"), "{home}");
    // Its topic names are gone from pl.ftl, so check names them, and the English name is marked.
    let (_, _, stderr) = localoffer(&site, &["check"]);
    assert!(stderr.contains("translations/pl.ftl:1:1: warning: 5 topic or category name(s) are not translated into Polski"), "{stderr}");
}

#[test]
fn init_refuses_a_folder_in_use_and_never_overwrites() {
    let temp = tempfile::tempdir().unwrap();
    std::fs::create_dir(temp.path().join("mine")).unwrap();
    std::fs::write(temp.path().join("mine/site.yaml"), "my own\n").unwrap();
    let (code, _, stderr) = init(temp.path(), "mine");
    assert_eq!(code, 1);
    assert!(stderr.contains("mine:1:1: this folder is not empty - choose an empty or new folder, or give --force"), "{stderr}");
    assert_eq!(std::fs::read_dir(temp.path().join("mine")).unwrap().count(), 1, "nothing was written");
    let (code, stdout, _) = localoffer(temp.path(), &["init", "mine", "--force", "--title", "T", "--base-url", "https://example.org/"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("kept    mine/site.yaml (it was there)"), "{stdout}");
    assert_eq!(std::fs::read_to_string(temp.path().join("mine/site.yaml")).unwrap(), "my own\n");
}

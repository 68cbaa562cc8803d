//! A mistyped --output costs nothing: the site's own folder, a folder holding it, its
//! sources and a folder of someone else's files are refused before anything is written,
//! and no staging folder is ever left behind.

mod common;

use common::{snapshot, TestSite};

/// Builds the nested site once (so public/ exists), then runs `build --output <output>`
/// and checks it is refused with exit 1 and that nothing in the test's folder changed.
fn refused(site: &TestSite, output: &str, extra: &[&str]) -> common::Run {
    let before = snapshot(site.temp());
    let mut args = vec!["build", "--output", output];
    args.extend_from_slice(extra);
    let run = site.run_in(site.root(), &args).expect(1);
    assert_eq!(snapshot(site.temp()), before, "--output {output} changed files");
    run
}

fn built_site() -> TestSite {
    let site = TestSite::nested();
    site.build().expect(0);
    site
}

#[test]
fn the_sites_own_folder_is_refused_even_with_force() {
    let site = built_site();
    refused(&site, ".", &[]).has_line("error: --output .: that is the site's own folder: a build there would replace content/, themes/ and site.yaml - choose a folder of its own, like public/ (the default)");
    refused(&site, ".", &["--force"]).mentions("is the site's own folder");
    refused(&site, "./public/..", &["--force"]).mentions("is the site's own folder");
}

#[test]
fn a_folder_holding_the_site_is_refused() {
    let site = built_site();
    refused(&site, "..", &["--force"]).mentions("holds the site's own folder");
    let temp = site.temp().to_str().unwrap().to_string();
    refused(&site, &temp, &["--force"]).mentions("holds the site's own folder");
}

#[test]
fn the_sites_sources_are_refused() {
    let site = built_site();
    site.write("themes/default/static/style.css", "body { color: #000; }");
    site.write("translations/ur.ftl", "skip-link = اپنا\n");
    site.write("vocabulary/en.yaml", "");
    std::fs::create_dir_all(site.path(".git")).unwrap();
    for (output, said) in [
        ("content", "is content/, which the site is built from"),
        ("content/help", "is inside content"),
        ("themes", "is themes"),
        ("translations", "is translations"),
        ("vocabulary", "is vocabulary"),
        (".git", "is .git"),
        ("site.yaml", "is site.yaml"),
    ] {
        refused(&site, output, &["--force"]).mentions(said);
    }
}

#[test]
fn a_folder_of_someone_elses_files_needs_force() {
    let site = built_site();
    let documents = site.temp().join("Documents");
    std::fs::create_dir(&documents).unwrap();
    std::fs::write(documents.join("letter.txt"), "keep me").unwrap();
    let documents = documents.to_str().unwrap();
    refused(&site, documents, &[]).mentions("already holds files that localoffer did not write").mentions("add --force");
    site.run(&["build", "--output", documents, "--force"]).expect(0);
    let replaced = site.temp().join("Documents");
    assert!(replaced.join("en/index.html").is_file());
    assert!(!replaced.join("letter.txt").exists());
}

#[test]
fn its_own_output_new_and_empty_folders_need_no_force() {
    let site = built_site();
    assert!(site.exists(".localoffer-output"), "the output carries the mark");
    site.write("public/stray.html", "from before");
    site.build().expect(0);
    assert!(!site.exists("stray.html"), "our own output is replaced whole");
    let empty = site.temp().join("empty");
    std::fs::create_dir(&empty).unwrap();
    site.run(&["build", "--output", empty.to_str().unwrap()]).expect(0);
    assert!(empty.join("en/index.html").is_file());
}

#[test]
fn a_file_is_not_an_output_folder() {
    let site = built_site();
    let file = site.temp().join("notes.txt");
    std::fs::write(&file, "keep me").unwrap();
    refused(&site, file.to_str().unwrap(), &["--force"]).mentions("is a file, not a folder");
}

#[test]
fn no_staging_folder_is_left_and_a_killed_builds_is_removed() {
    let site = built_site();
    // Process ids that are no longer running: children that have ended.
    let ended = || {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        child.wait().unwrap();
        child.id()
    };
    let (dead, also_dead) = (ended(), ended());
    let abandoned = site.path(&format!(".public.staging-{dead}"));
    std::fs::create_dir_all(abandoned.join("en")).unwrap();
    std::fs::write(abandoned.join(".localoffer-output"), "").unwrap();
    std::fs::write(abandoned.join("en/index.html"), "half").unwrap();
    let foreign = site.path(&format!(".public.staging-{also_dead}"));
    std::fs::create_dir_all(&foreign).unwrap();
    site.build().expect(0);
    assert!(!abandoned.exists(), "a killed build's staging folder is removed");
    assert!(foreign.exists(), "a folder without our mark is never removed");
    std::fs::remove_dir(&foreign).unwrap();
    common::previous_outputs_removed(site.root());
    let left: Vec<String> = std::fs::read_dir(site.root()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with('.')).collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A rebuild moves the previous output aside and leaves its removal to a process of its
/// own, which removes it after the build has returned; that process removes nothing but a
/// folder a build moved aside.
#[test]
fn the_previous_output_is_removed_after_the_build_and_nothing_else_can_be() {
    let site = built_site();
    site.write("content/_index.md", "---\ntitle: Home again\ndescription: The home page.\n---\n\nChanged.\n");
    site.build().expect(0);
    assert!(site.read("en/index.html").contains("Changed."));
    common::previous_outputs_removed(site.root());
    // Not named as a build names a previous output, or without the mark a build puts in
    // its output: refused, and left as it is.
    let unmarked = site.path(".public.old-1");
    std::fs::create_dir_all(unmarked.join("en")).unwrap();
    std::fs::write(unmarked.join("en/index.html"), "kept").unwrap();
    for folder in [unmarked.clone(), site.path("content"), site.path("public")] {
        site.run(&["remove-previous-output", folder.to_str().unwrap()]).expect(1).mentions("not a previous output moved aside by a build");
        assert!(folder.is_dir(), "{} was removed", folder.display());
    }
    assert_eq!(std::fs::read_to_string(unmarked.join("en/index.html")).unwrap(), "kept");
    // Named and marked so: removed.
    let moved = site.path(".public.old-2");
    std::fs::create_dir_all(moved.join("en")).unwrap();
    std::fs::write(moved.join(".localoffer-output"), "").unwrap();
    std::fs::write(moved.join("en/index.html"), "old").unwrap();
    site.run(&["remove-previous-output", moved.to_str().unwrap()]).expect(0);
    assert!(!moved.exists());
}

//! A small site in a temporary folder, built by the real binary: `TestSite::new()`,
//! add or change files, `build()`, then read the output.

#![allow(dead_code)]

pub mod html;
pub mod import;

use std::path::{Path, PathBuf};
use std::process::Command;

pub const SITE_YAML: &str = "title: Test Local Offer
base_url: https://example.org/local-offer/
default_language: en
languages:
  - { code: en, name: English }
  - { code: ur, name: اردو, direction: rtl }
feedback: feedback@example.org
topics:
  - { id: transport, name: Transport }
";

/// The inputs that fuzz target `target` kept (`fuzz/seeds/<target>.jsonl`: a JSON string
/// a line, written by `fuzz/seeds.py`), with their line numbers.
pub fn corpus(target: &str) -> Vec<(usize, String)> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds").join(format!("{target}.jsonl"));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    text.split('\n')
        .enumerate()
        .filter(|(_, line)| !line.is_empty())
        .map(|(i, line)| (i + 1, serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), i + 1))))
        .collect()
}

/// A service's file around `facts` (YAML lines), as the `service_record` fuzz target makes
/// it: with an organisation, which every service needs, unless the facts give their own.
pub fn service_text(title: &str, facts: &str) -> String {
    let organisation = if facts.contains("organisation") { "" } else { "organisation: An organisation\n" };
    format!("---\ntitle: {title}\ndescription: What it does.\n{organisation}{facts}\n---\n\nWhat it does.\n")
}

/// A service directory with two categories, for site.yaml after [`SITE_YAML`].
pub const DIRECTORY: &str = "directory:\n  categories:\n    - { id: health, name: Health and therapy }\n    - { id: advice, name: Advice }\n";

/// A service with every fact filled in.
pub const SPEECH: &str = "---
title: Speech and language therapy
description: Help with talking and understanding for children.
organisation: Example NHS Trust
needs: [communication-and-interaction]
categories: [health]
ages: { from: 0, to: 18 }
referral: professional
cost: free
contact:
  phone: 01582 546000
  email: speech@example.org
  website: https://example.org/speech
locations:
  - { name: Child Development Centre, address: \"Hart Lane, Luton\", postcode: lu2 0jh }
languages: [English, Urdu]
hours: Monday to Friday, 9am to 5pm
updated: 2026-11-27
---

## What they offer

Therapists help your child talk.
";

pub struct TestSite {
    dir: tempfile::TempDir,
    /// The site's folder: the temporary folder itself, or a folder inside it.
    root: PathBuf,
}

/// What a run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Fails the test unless the run ended with `code`.
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(self.code, code, "exit code\nstderr:\n{}\nstdout:\n{}", self.stderr, self.stdout);
        self
    }

    /// Fails the test unless stderr has a line equal to `line`.
    pub fn has_line(&self, line: &str) -> &Run {
        assert!(self.stderr.lines().any(|l| l == line), "no line\n  {line}\nin stderr:\n{}", self.stderr);
        self
    }

    pub fn mentions(&self, text: &str) -> &Run {
        assert!(self.stderr.contains(text), "'{text}' not in stderr:\n{}", self.stderr);
        self
    }
}

impl TestSite {
    /// A site with two languages, a home page in both, a section and a page.
    pub fn new() -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().to_path_buf();
        TestSite::fill(TestSite { dir, root })
    }

    /// The same site one folder down, in `<temp>/site`, so that what is around it (the
    /// temporary folder) is the test's too.
    pub fn nested() -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("site");
        TestSite::fill(TestSite { dir, root })
    }

    /// The temporary folder that holds everything of the test.
    pub fn temp(&self) -> &Path {
        self.dir.path()
    }

    fn fill(site: TestSite) -> TestSite {
        site.write("site.yaml", SITE_YAML)
            .write("content/_index.md", "---\ntitle: Welcome\ndescription: The home page.\n---\n\nHello families.\n")
            .write("content/_index.ur.md", "---\ntitle: خوش آمدید\ndescription: ہوم پیج۔\nsource_updated: 2025-01-01\ntranslation: { by: person }\n---\n\nخوش آمدید۔\n")
            .write("content/help/_index.md", "---\ntitle: Help\ndescription: Where to get help.\n---\n\nAll the help.\n")
            .write(
                "content/help/advice.md",
                "---\ntitle: Free advice\ndescription: Advice that does not take sides.\nweight: 10\nupdated: 2026-11-27\ntopics: [transport]\naudience: [parents-carers]\n---\n\n## Who we are\n\nWe help. See [the help section](_index.md).\n",
            );
        site
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) -> &TestSite {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    pub fn remove(&self, rel: &str) -> &TestSite {
        std::fs::remove_file(self.path(rel)).unwrap();
        self
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_in(Path::new("."), args)
    }

    /// Runs from the folder `cwd`, as an editor who typed the command there: relative
    /// paths in `args` are taken from it.
    pub fn run_in(&self, cwd: &Path, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_localoffer")).current_dir(cwd).args(args).arg("--root").arg(self.root()).output().expect("run localoffer");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    pub fn build(&self) -> Run {
        self.run(&["build"])
    }

    /// A file of the output, `public/<rel>`.
    pub fn read(&self, rel: &str) -> String {
        let path = self.path("public").join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    /// A file of the output as bytes (a PDF).
    pub fn read_bytes(&self, rel: &str) -> Vec<u8> {
        let path = self.path("public").join(rel);
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path("public").join(rel).exists()
    }

    /// Every output file and its bytes, for comparing two builds.
    pub fn snapshot(&self) -> Vec<(String, Vec<u8>)> {
        snapshot(&self.path("public"))
    }
}

/// Waits until no previous output that a build moved aside is left in `folder`: the
/// process `build` starts to remove it runs on after the build has returned. At most 30 s.
pub fn previous_outputs_removed(folder: &Path) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let left: Vec<String> = std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with('.') && n.contains(".old-")).collect();
        if left.is_empty() {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "the previous output was not removed: {left:?}");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Every file under `folder`, by its path there, with its bytes; folders are listed too
/// (with no bytes), so that a new empty folder shows.
pub fn snapshot(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(folder)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            let bytes = if e.file_type().is_file() { std::fs::read(e.path()).unwrap() } else { Vec::new() };
            (e.path().strip_prefix(folder).unwrap().display().to_string(), bytes)
        })
        .collect();
    files.sort();
    files
}

/// Builds `site`, breaks it with `change`, and checks that the build fails without
/// touching the output or leaving a staging folder; returns the failed run for its messages.
pub fn fails_and_keeps_output_of(site: &TestSite, change: impl FnOnce(&TestSite)) -> Run {
    site.build().expect(0);
    let before = site.snapshot();
    change(site);
    let run = site.build().expect(1);
    assert_eq!(site.snapshot(), before, "the previous public/ changed");
    let leftovers: Vec<_> = std::fs::read_dir(site.root()).unwrap().filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with('.')).collect();
    assert!(leftovers.is_empty(), "a failed build left {leftovers:?} behind");
    run.mentions("nothing was published");
    run
}

/// [`fails_and_keeps_output_of`] the standard test site.
pub fn fails_and_keeps_output(change: impl FnOnce(&TestSite)) -> Run {
    fails_and_keeps_output_of(&TestSite::new(), change)
}

//! A site with a service directory for the Open Referral import's tests, and the import
//! run from the test's temporary folder (sources are given relative to it).

use super::{snapshot, Run, TestSite, SITE_YAML};

const DIRECTORY: &str = "directory:\n  categories:\n    - { id: health, name: Health and therapy }\n    - { id: advice, name: Advice }\n";

/// An empty directory, ready to import into.
pub fn site() -> TestSite {
    let site = TestSite::new();
    site.write("site.yaml", format!("{SITE_YAML}{DIRECTORY}"));
    site.write("content/services/_index.md", "---\ntitle: Service directory\ndescription: Every service.\n---\n\nFind a service.\n");
    site
}

/// `localoffer import openreferral ARGS...`, run in the temporary folder.
pub fn import(site: &TestSite, args: &[&str]) -> Run {
    let mut all = vec!["import", "openreferral"];
    all.extend_from_slice(args);
    site.run_in(site.temp(), &all)
}

/// Every file under the site's content/, to compare before and after.
pub fn content(site: &TestSite) -> Vec<(String, Vec<u8>)> {
    snapshot(&site.path("content"))
}

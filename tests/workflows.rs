//! The release workflow and the workflow a council copies validate against GitHub's
//! workflow schema (check-jsonschema's built-in copy, from PyPI: scripts/test.sh installs it).

use std::path::{Path, PathBuf};
use std::process::Command;

const RELEASE: &str = ".github/workflows/release.yml";
const PUBLISH: &str = "docs/publish-workflow.yml";
const IMPORT: &str = "docs/import-workflow.yml";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether `file` validates, with check-jsonschema's words.
fn validate(file: &Path) -> (bool, String) {
    let output = Command::new("python3").args(["-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows"]).arg(file).output().expect("python3 runs");
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(!said.contains("No module named"), "check-jsonschema is not installed: run scripts/test.sh\n{said}");
    (output.status.success(), said)
}

#[test]
fn both_workflows_validate_and_a_broken_one_does_not() {
    for file in [RELEASE, PUBLISH, IMPORT] {
        let (ok, said) = validate(&repo().join(file));
        assert!(ok, "{file}: {said}");
    }
    // The check can fail: a job without runs-on is refused.
    let broken = tempfile::Builder::new().suffix(".yml").tempfile().unwrap();
    let text = std::fs::read_to_string(repo().join(PUBLISH)).unwrap().replacen("runs-on: ubuntu-24.04", "runs_on: ubuntu-24.04", 1);
    std::fs::write(broken.path(), text).unwrap();
    assert!(!validate(broken.path()).0, "a job without runs-on passed");
}

#[test]
fn releases_are_built_for_every_platform_and_the_publish_workflow_pins_and_checks_one() {
    let release = std::fs::read_to_string(repo().join(RELEASE)).unwrap();
    for target in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", "x86_64-apple-darwin", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"] {
        assert!(release.contains(&format!("target: {target}")), "no {target}");
    }
    assert!(release.contains("sha256sum localoffer-* > SHA256SUMS"));
    let publish = std::fs::read_to_string(repo().join(PUBLISH)).unwrap();
    assert!(publish.contains("LOCALOFFER_VERSION: v") && publish.contains("sha256sum -c -"), "{publish}");
    assert!(!publish.contains("OWNER"), "the repository is named, or where to write it is said");
    // The release archive's name is the one the release workflow writes.
    assert!(release.contains("name=localoffer-${GITHUB_REF_NAME}-${{ matrix.target }}") && publish.contains("localoffer-$LOCALOFFER_VERSION-x86_64-unknown-linux-gnu.tar.gz"));
}

//! A build that meets a fault of the machine, not of the site: a full disk, a read-only
//! output, a file in the way, a link for an output, another build on the same output.
//! Each ends with exit 1 and a clear error, the previous output byte for byte as it
//! was, and no staging folder left behind.
//!
//! The full and read-only disks are real: a small tmpfs, and a read-only bind mount,
//! made in a mount namespace of the test's own (Linux's `unshare`), which vanishes with
//! the build. Where no namespace can be made, those two tests say so and skip.

mod common;

use std::path::Path;
use std::process::Command;

use common::{snapshot, TestSite};

/// Every file of a folder with its bytes ([`snapshot`]).
type Snapshot = Vec<(String, Vec<u8>)>;

/// The names in `folder` that start with a dot: staging, old and lock folders and files.
fn hidden(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with('.')).collect();
    names.sort();
    names
}

/// Builds the site into `output`, breaks something with `fault`, builds again, and checks
/// that the second build failed without touching the output or leaving anything beside it.
fn fails_and_keeps(site: &TestSite, output: &Path, fault: impl FnOnce()) -> common::Run {
    let output_arg = output.to_str().unwrap();
    site.run(&["build", "--output", output_arg]).expect(0);
    common::previous_outputs_removed(output.parent().unwrap());
    let before = snapshot(output);
    fault();
    let beside = hidden(output.parent().unwrap());
    let run = site.run(&["build", "--output", output_arg]).expect(1);
    assert_eq!(snapshot(output), before, "the previous output changed");
    assert_eq!(hidden(output.parent().unwrap()), beside, "the failed build left something beside the output");
    run.mentions("nothing was published: the output folder is as it was.");
    run
}

#[cfg(unix)]
#[test]
fn a_read_only_output_folder_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let site = TestSite::new();
    let public = site.path("public");
    let run = fails_and_keeps(&site, &public, || std::fs::set_permissions(&public, std::fs::Permissions::from_mode(0o555)).unwrap());
    run.has_line(&format!("error: --output {}: that folder is read-only, and a build replaces it - make it writable (chmod u+w), or choose another folder", public.display()));
    std::fs::set_permissions(&public, std::fs::Permissions::from_mode(0o755)).unwrap();
    site.build().expect(0);
}

#[test]
fn a_file_in_the_way_of_the_output_folder_is_refused() {
    let site = TestSite::nested();
    site.build().expect(0);
    let before = snapshot(site.temp());
    std::fs::write(site.temp().join("notes.txt"), "keep me").unwrap();
    let output = site.temp().join("notes.txt/public");
    let run = site.run(&["build", "--output", output.to_str().unwrap()]).expect(1);
    run.has_line(&format!("error: --output {}: a file is in the way: a part of that path is a file, not a folder - move the file, or choose another folder, like public/", output.display()));
    std::fs::remove_file(site.temp().join("notes.txt")).unwrap();
    assert_eq!(snapshot(site.temp()), before, "the refused build changed files");
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_is_refused() {
    let site = TestSite::nested();
    let real = site.temp().join("www");
    let link = site.path("public");
    site.run(&["build", "--output", real.to_str().unwrap()]).expect(0);
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let before = snapshot(site.temp());
    for force in [&[][..], &["--force"][..]] {
        let mut args = vec!["build"];
        args.extend_from_slice(force);
        let run = site.run(&args).expect(1);
        run.has_line(&format!("error: --output {}: that is a symbolic link (to {}), and a build replaces a folder, not a link - give the folder it leads to as --output, or remove the link", link.display(), real.display()));
        assert_eq!(snapshot(site.temp()), before, "the refused build changed files");
    }
}

#[test]
fn a_second_build_on_the_same_output_is_refused_and_names_the_first() {
    let site = TestSite::new();
    let public = site.path("public");
    // This test's process plays the build that is running: it holds the lock, with its
    // process id in it, as a build does.
    let lock_path = site.path(".public.lock");
    let held = std::cell::RefCell::new(None);
    let run = fails_and_keeps(&site, &public, || {
        let file = std::fs::File::create(&lock_path).unwrap();
        file.try_lock().unwrap();
        std::fs::write(&lock_path, format!("{}\n", std::process::id())).unwrap();
        *held.borrow_mut() = Some(file);
    });
    run.has_line(&format!(
        "error: --output {}: another build (process {}) is writing that folder now - wait for it to finish, or stop it, then build again; its lock is {}",
        public.display(),
        std::process::id(),
        lock_path.display()
    ));
    // Let go, as the other build would when it ends, leaving its file.
    drop(held.take());
    assert!(lock_path.is_file());
    site.build().expect(0).mentions(&format!("took over the lock {} left by build {}", lock_path.display(), std::process::id()));
    assert!(!lock_path.exists(), "the lock file is removed at the end of the build");
}

#[test]
fn builds_started_together_each_publish_whole_or_are_refused() {
    let site = TestSite::new();
    site.build().expect(0);
    let bin = env!("CARGO_BIN_EXE_localoffer");
    let children: Vec<_> = (0..4).map(|_| Command::new(bin).args(["build", "--root"]).arg(site.root()).output()).collect();
    let runs: Vec<_> = children.into_iter().map(|c| c.unwrap()).collect();
    for run in &runs {
        let stderr = String::from_utf8_lossy(&run.stderr);
        match run.status.code() {
            Some(0) => {}
            Some(1) => assert!(stderr.contains(") is writing that folder now") || stderr.contains("another build is writing"), "{stderr}"),
            other => panic!("exit {other:?}: {stderr}"),
        }
    }
    assert!(runs.iter().any(|r| r.status.success()), "at least one build published");
    assert!(site.read("en/index.html").contains("Hello families."));
    common::previous_outputs_removed(site.root());
    assert!(hidden(site.root()).is_empty(), "{:?}", hidden(site.root()));
}

/// Runs the shell `script` as root of a user and mount namespace of its own, with `$BIN`
/// the localoffer binary, `$ROOT` the site and `$T` its temporary folder; returns false
/// (and says so) where no such namespace can be made.
fn in_own_mounts(site: &TestSite, script: &str) -> bool {
    let unshare = |script: &str| Command::new("unshare").args(["--user", "--map-root-user", "--mount", "sh", "-ec", script]).env("BIN", env!("CARGO_BIN_EXE_localoffer")).env("ROOT", site.root()).env("T", site.temp()).output();
    match unshare("true") {
        Ok(probe) if probe.status.success() => {}
        _ => {
            eprintln!("skipped: this machine cannot make a mount namespace (unshare --user --mount)");
            return false;
        }
    }
    let run = unshare(script).unwrap();
    assert!(run.status.success(), "the script failed:\n{}", String::from_utf8_lossy(&run.stderr));
    true
}

/// What the script of [`in_own_mounts`] left: the output before and after the failed
/// build (copied out of the namespace), the failed build's run, and the names that
/// were beside the output after it.
fn after_fault(site: &TestSite) -> (Snapshot, Snapshot, common::Run, String) {
    let t = site.temp();
    let read = |name: &str| std::fs::read_to_string(t.join(name)).unwrap();
    let run = common::Run { code: read("code").trim().parse().unwrap(), stdout: String::new(), stderr: read("stderr") };
    (snapshot(&t.join("before")), snapshot(&t.join("after")), run, read("listing"))
}

/// The second half of every mount script: the failed build and what it left.
const BUILD_AGAIN: &str = r#"
cp -a "$OUT/public" "$T/before"
set +e
"$BIN" build --root "$ROOT" --output "$OUT/public" 2> "$T/stderr"
echo $? > "$T/code"
set -e
cp -a "$OUT/public" "$T/after"
ls -A "$OUT" > "$T/listing"
"#;

#[test]
fn a_full_disk_fails_the_build_and_keeps_the_previous_output() {
    let site = TestSite::new();
    // A disk with room for one site and a half: the first build fits, the second runs
    // out of space while it stages.
    let script = format!(
        r#"
"$BIN" build --root "$ROOT" --output "$T/probe" > /dev/null 2>&1
size=$(( $(du -sk "$T/probe" | cut -f1) * 3 / 2 ))
rm -rf "$T/probe"
OUT="$T/disk"
mkdir "$OUT"
mount -t tmpfs -o size=${{size}}k tmpfs "$OUT"
"$BIN" build --root "$ROOT" --output "$OUT/public" > /dev/null 2>&1
{BUILD_AGAIN}"#
    );
    if !in_own_mounts(&site, &script) {
        return;
    }
    let (before, after, run, listing) = after_fault(&site);
    let run = run.expect(1);
    assert!(before.iter().any(|(path, _)| path == "en/index.html"), "the first build fitted");
    assert_eq!(after, before, "the previous output changed");
    assert_eq!(listing, "public\n", "the failed build left something beside the output");
    run.mentions("- the disk is full: free some space, then build again").mentions("Caused by: No space left on device").mentions("nothing was published: the output folder is as it was.");
}

#[test]
fn a_read_only_disk_fails_the_build_and_keeps_the_previous_output() {
    let site = TestSite::new();
    let script = format!(
        r#"
OUT="$T/shelf"
mkdir "$OUT"
"$BIN" build --root "$ROOT" --output "$OUT/public" > /dev/null 2>&1
mount -o bind,ro "$OUT" "$OUT"
{BUILD_AGAIN}"#
    );
    if !in_own_mounts(&site, &script) {
        return;
    }
    let (before, after, run, listing) = after_fault(&site);
    let run = run.expect(1);
    assert_eq!(after, before, "the previous output changed");
    assert_eq!(listing, "public\n", "the failed build left something beside the output");
    run.mentions("- that disk is read-only: choose an output folder on a disk that can be written").mentions("Caused by: Read-only file system");
}

#[test]
fn an_output_folder_that_cannot_be_moved_fails_the_swap_and_keeps_it() {
    let site = TestSite::new();
    // The output is a mount point: everything is staged beside it, and only the last
    // step, moving it aside, fails.
    let script = format!(
        r#"
OUT="$T/shelf"
mkdir "$OUT"
"$BIN" build --root "$ROOT" --output "$OUT/public" > /dev/null 2>&1
mount -o bind,ro "$OUT/public" "$OUT/public"
{BUILD_AGAIN}"#
    );
    if !in_own_mounts(&site, &script) {
        return;
    }
    let (before, after, run, listing) = after_fault(&site);
    let run = run.expect(1);
    assert_eq!(after, before, "the previous output changed");
    assert_eq!(listing, "public\n", "the failed build left its staging folder");
    run.mentions(&format!("error: cannot write {}", site.temp().join("shelf/public").display())).mentions("nothing was published");
}

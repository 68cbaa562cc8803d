//! Where a build may write. A build replaces everything in its output folder, so before
//! anything is written the folder is checked: never the site's own folder or a folder
//! holding it, never inside the site's sources, and never a folder of someone else's
//! files unless `--force` says so. Our own output carries [`MARK`], which is how a
//! rebuild knows the folder is ours to replace.

use std::fs;
use std::path::{Component, Path, PathBuf};

/// The folders and files of a site that a build reads, relative to its root: an output
/// inside any of them would replace what the editors wrote. `.git` is there too: it is not
/// read, but it is the history of everything that is.
pub const SOURCES: &[&str] = &["content", "themes", "translations", "vocabulary", "site.yaml", ".localoffer-cache", ".git"];

/// The small file at the top of every output folder that says localoffer wrote it.
pub const MARK: &str = ".localoffer-output";

/// What the mark says, for a person who finds it.
pub const MARK_TEXT: &str = "This folder was written by `localoffer build`, which replaces everything in it on every build.\n";

/// Why an output folder was refused, and what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub output: PathBuf,
    pub why: String,
    pub hint: String,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "--output {}: {} - {}", self.output.display(), self.why, self.hint)
    }
}

/// Checks that a build may replace `output` with the site built from `root`, and returns
/// the output's full path, with `..` and symbolic links resolved. Nothing is written.
pub fn check(root: &Path, output: &Path, force: bool) -> Result<PathBuf, Refusal> {
    let refuse = |why: String, hint: &str| Refusal { output: output.to_path_buf(), why, hint: hint.to_string() };
    let root = resolve(root).map_err(|e| refuse(format!("the site's folder cannot be read ({e})"), "check --root"))?;
    let full = resolve(output).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotADirectory => refuse("a file is in the way: a part of that path is a file, not a folder".into(), "move the file, or choose another folder, like public/"),
        _ => refuse(format!("that folder cannot be checked ({e})"), "choose a folder that can be read, like public/"),
    })?;
    let choose = "choose a folder of its own, like public/ (the default)";
    if full == root {
        return Err(refuse("that is the site's own folder: a build there would replace content/, themes/ and site.yaml".into(), choose));
    }
    if root.starts_with(&full) {
        return Err(refuse("that folder holds the site's own folder: a build there would replace the site with its pages".into(), choose));
    }
    for source in SOURCES {
        let source_path = resolve(&root.join(source)).unwrap_or_else(|_| root.join(source));
        if full.starts_with(&source_path) {
            let place = if full == source_path { "that is" } else { "that is inside" };
            let slash = if source_path.is_file() { "" } else { "/" };
            return Err(refuse(format!("{place} {source}{slash}, which the site is built from: a build there would replace it"), choose));
        }
    }
    // The output as given, not resolved: a build replaces a folder, and would leave a
    // link where it is, replacing whatever it points at, staging beside that.
    let given = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
    if let Ok(link) = fs::read_link(&given) {
        return Err(refuse(
            format!("that is a symbolic link (to {}), and a build replaces a folder, not a link", link.display()),
            "give the folder it leads to as --output, or remove the link",
        ));
    }
    let metadata = match fs::symlink_metadata(&full) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return read_only_parent(&full).map_or(Ok(full), Err).map_err(|why| refuse(why, WRITABLE)),
        Err(e) => return Err(refuse(format!("that folder cannot be read ({e})"), "check its permissions, or choose another folder")),
    };
    if !metadata.is_dir() {
        return Err(refuse("that is a file, not a folder".into(), "choose a folder, like public/"));
    }
    // By its permissions, not by trying: an administrator can write anywhere, but a
    // folder made read-only was made so on purpose.
    if metadata.permissions().readonly() {
        return Err(refuse("that folder is read-only, and a build replaces it".into(), WRITABLE));
    }
    if let Some(why) = read_only_parent(&full) {
        return Err(refuse(why, WRITABLE));
    }
    if force || full.join(MARK).is_file() {
        return Ok(full);
    }
    let mut entries = fs::read_dir(&full).map_err(|e| refuse(format!("that folder cannot be read ({e})"), "check its permissions, or choose another folder"))?;
    if entries.next().is_none() {
        return Ok(full);
    }
    Err(refuse(
        format!("that folder already holds files that localoffer did not write (it has no {MARK} file), and a build replaces everything in it"),
        "choose an empty or new folder, or add --force to replace everything in this one",
    ))
}

const WRITABLE: &str = "make it writable (chmod u+w), or choose another folder";

/// Why the folder that holds `output`, where the build stages the new site, cannot be
/// written, if it is read-only.
fn read_only_parent(output: &Path) -> Option<String> {
    let parent = output.parent()?;
    let metadata = fs::metadata(parent).ok()?;
    metadata.permissions().readonly().then(|| format!("the folder that holds it, {}, is read-only, and a build writes the new site there first", parent.display()))
}

/// `path` made absolute, with `.` and `..` taken away and the part of it that exists
/// resolved through symbolic links: a folder that does not exist yet is checked as
/// where it will be.
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut lexical = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                lexical.pop();
            }
            Component::CurDir => {}
            other => lexical.push(other),
        }
    }
    let mut missing = Vec::new();
    let mut existing = lexical.as_path();
    loop {
        match fs::canonicalize(existing) {
            Ok(mut found) => {
                found.extend(missing.iter().rev());
                return Ok(found);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    missing.push(name.to_os_string());
                    existing = parent;
                }
                _ => return Err(e),
            },
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["site/content", "site/themes/default", "site/translations", "site/.git"] {
            fs::create_dir_all(dir.path().join(folder)).unwrap();
        }
        fs::write(dir.path().join("site/site.yaml"), "title: x\n").unwrap();
        dir
    }

    #[test]
    fn the_site_its_parents_and_its_sources_are_refused_even_with_force() {
        let dir = site();
        let root = dir.path().join("site");
        for output in [".", "..", "content", "content/new", "themes", "themes/default", "translations", "vocabulary", ".git", "site.yaml", "public/../content"] {
            let refused = check(&root, &root.join(output), true);
            assert!(refused.is_err(), "{output} was allowed");
        }
        let why = check(&root, &root.join("."), true).unwrap_err().why;
        assert!(why.contains("site's own folder"), "{why}");
        let why = check(&root, &root.join(".."), true).unwrap_err().why;
        assert!(why.contains("holds the site's own folder"), "{why}");
        let why = check(&root, &root.join("content"), true).unwrap_err().why;
        assert!(why.starts_with("that is content/,"), "{why}");
        let why = check(&root, &root.join("content/new"), true).unwrap_err().why;
        assert!(why.starts_with("that is inside content/,"), "{why}");
    }

    #[test]
    fn new_empty_and_marked_folders_are_allowed() {
        let dir = site();
        let root = dir.path().join("site");
        assert_eq!(check(&root, &root.join("public"), false).unwrap(), fs::canonicalize(&root).unwrap().join("public"));
        assert_eq!(check(&root, &root.join("a/b/../c"), false).unwrap(), fs::canonicalize(&root).unwrap().join("a/c"));
        fs::create_dir(root.join("public")).unwrap();
        check(&root, &root.join("public"), false).unwrap();
        fs::write(root.join("public/index.html"), "old").unwrap();
        fs::write(root.join("public").join(MARK), MARK_TEXT).unwrap();
        check(&root, &root.join("public"), false).unwrap();
        // Beside the site, not in it.
        check(&root, &dir.path().join("elsewhere"), false).unwrap();
    }

    #[test]
    fn a_foreign_folder_needs_force_and_a_file_is_never_a_folder() {
        let dir = site();
        let root = dir.path().join("site");
        let documents = dir.path().join("Documents");
        fs::create_dir(&documents).unwrap();
        fs::write(documents.join("letter.txt"), "keep me").unwrap();
        let refused = check(&root, &documents, false).unwrap_err();
        assert!(refused.hint.contains("--force"), "{refused}");
        check(&root, &documents, true).unwrap();
        fs::write(dir.path().join("file"), "x").unwrap();
        assert!(check(&root, &dir.path().join("file"), true).unwrap_err().why.contains("is a file"));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_a_read_only_folder_and_a_file_in_the_way_are_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = site();
        let root = dir.path().join("site");
        fs::create_dir(dir.path().join("real")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("real"), root.join("public")).unwrap();
        let refused = check(&root, &root.join("public"), true).unwrap_err();
        assert!(refused.why.starts_with("that is a symbolic link (to "), "{refused}");
        fs::remove_file(root.join("public")).unwrap();

        fs::create_dir(root.join("public")).unwrap();
        fs::set_permissions(root.join("public"), fs::Permissions::from_mode(0o555)).unwrap();
        let refused = check(&root, &root.join("public"), true).unwrap_err();
        assert_eq!(refused.to_string(), format!("--output {}: that folder is read-only, and a build replaces it - make it writable (chmod u+w), or choose another folder", root.join("public").display()));
        fs::set_permissions(root.join("public"), fs::Permissions::from_mode(0o755)).unwrap();
        check(&root, &root.join("public"), false).unwrap();

        let parent = dir.path().join("shelf");
        fs::create_dir(&parent).unwrap();
        fs::set_permissions(&parent, fs::Permissions::from_mode(0o555)).unwrap();
        let refused = check(&root, &parent.join("public"), false).unwrap_err();
        assert!(refused.why.contains("is read-only, and a build writes the new site there first"), "{refused}");
        fs::set_permissions(&parent, fs::Permissions::from_mode(0o755)).unwrap();

        fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let refused = check(&root, &dir.path().join("notes.txt/public"), false).unwrap_err();
        assert!(refused.why.starts_with("a file is in the way"), "{refused}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_into_the_sources_is_followed() {
        let dir = site();
        let root = dir.path().join("site");
        std::os::unix::fs::symlink(root.join("content"), dir.path().join("link")).unwrap();
        assert!(check(&root, &dir.path().join("link"), true).is_err());
        std::os::unix::fs::symlink(&root, dir.path().join("site-link")).unwrap();
        assert!(check(&dir.path().join("site-link"), &root, true).is_err());
    }
}

//! Watches the site's sources with notify, debounced, and turns file events into
//! [`Change`]s: a save that writes a file several times is one rebuild.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

use super::session::Change;

/// Events closer together than this are one change. Short, as the preview should feel
/// instant; long enough to join the several writes of one save.
pub const DEBOUNCE: Duration = Duration::from_millis(20);

pub type Watcher = Debouncer<notify::RecommendedWatcher, RecommendedCache>;

/// Starts watching; changes arrive on the returned channel.
pub fn watch(root: &Path) -> notify::Result<(Watcher, mpsc::Receiver<Change>)> {
    let (tx, rx) = mpsc::channel();
    let root_for_events = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        // Reading a file is an event too: the rebuild's own reads must not start another.
        let paths: Vec<PathBuf> = events.into_iter().filter(|e| !matches!(e.kind, EventKind::Access(_))).flat_map(|e| e.event.paths).collect();
        if let Some(change) = classify(&root_for_events, &paths) {
            // The receiver is gone only when serve is stopping.
            tx.send(change).ok();
        }
    })?;
    for dir in ["content", "themes", "translations", "vocabulary"] {
        let path = root.join(dir);
        if path.is_dir() {
            debouncer.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    debouncer.watch(root, RecursiveMode::NonRecursive)?;
    Ok((debouncer, rx))
}

/// What a set of changed paths means for the build; `None` for files that do not matter.
pub fn classify(root: &Path, paths: &[PathBuf]) -> Option<Change> {
    let mut content = BTreeSet::new();
    for path in paths {
        let rel = path.strip_prefix(root).unwrap_or(path);
        let name = rel.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.starts_with('#') {
            continue;
        }
        let first = rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).unwrap_or_default();
        match first.as_str() {
            "site.yaml" | "themes" | "translations" | "vocabulary" => return Some(Change::Setup),
            "content" => {
                content.insert(rel.to_path_buf());
            }
            _ => {}
        }
    }
    (!content.is_empty()).then_some(Change::Content(content))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_the_rebuild_they_need() {
        let root = Path::new("/site");
        let content = classify(root, &[PathBuf::from("/site/content/a.md"), PathBuf::from("/site/content/.a.md.swp")]);
        assert_eq!(content, Some(Change::Content([PathBuf::from("content/a.md")].into())));
        assert_eq!(classify(root, &[PathBuf::from("/site/content/a.md"), PathBuf::from("/site/site.yaml")]), Some(Change::Setup));
        assert_eq!(classify(root, &[PathBuf::from("/site/themes/default/static/style.css")]), Some(Change::Setup));
        assert_eq!(classify(root, &[PathBuf::from("/site/vocabulary/en.yaml")]), Some(Change::Setup));
        assert_eq!(classify(root, &[PathBuf::from("/site/public/en/index.html"), PathBuf::from("/site/README.md")]), None);
    }
}

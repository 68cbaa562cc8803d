//! The README's editor sections tell editors what to type: each command they show runs,
//! as written and in their order, on a copy of the example site, and succeeds.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `localoffer ...` command shown between "## For content editors" and
/// "## Commands", inline or on a line of its own in a code block, in order.
fn editor_commands() -> Vec<String> {
    commands_between("## For content editors", "\n## Commands")
}

/// The same between `start` and `end`, with the `cd` lines of code blocks (as `cd DIR`).
fn commands_between(start: &str, end: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let start = readme.find(start).expect("the README has the part");
    let end = start + readme[start..].find(end).expect("the README has the part after it");
    let mut commands = Vec::new();
    let mut in_block = false;
    for line in readme[start..end].lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if in_block {
            if let Some(command) = line.trim().strip_prefix("localoffer ") {
                commands.push(command.to_string());
            } else if line.trim().starts_with("cd ") {
                commands.push(line.trim().to_string());
            }
            continue;
        }
        for span in line.split('`').skip(1).step_by(2) {
            if let Some(command) = span.strip_prefix("localoffer ") {
                commands.push(command.to_string());
            }
        }
    }
    commands
}

/// A copy of the example site's sources in a temporary folder.
fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(repo()).min_depth(1) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(repo()).unwrap();
        let top = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
        if !["content", "themes", "translations", "vocabulary", "site.yaml"].contains(&top.as_str()) {
            continue;
        }
        let target = dir.path().join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
    dir
}

/// The path of the site's home page in its default language, from its site.yaml.
fn home_path(root: &Path) -> String {
    let settings = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    let value = |key: &str| settings.lines().find_map(|l| l.strip_prefix(key)).map(|v| v.split('#').next().unwrap().trim().trim_matches('"').to_string()).unwrap();
    let base = value("base_url:");
    let path = base.splitn(4, '/').nth(3).unwrap_or_default();
    format!("/{path}{}/", value("default_language:"))
}

/// `serve` runs until stopped: it must serve the site's home page, then it is stopped.
fn serves(root: &Path, args: &[&str]) {
    let home = home_path(root);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port().to_string();
    let mut child = Command::new(env!("CARGO_BIN_EXE_localoffer")).args(args).args(["--port", &port]).current_dir(root).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let answered = loop {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port.parse::<u16>().unwrap())) {
            stream.write_all(format!("GET {home} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes()).unwrap();
            let mut response = String::new();
            let _ = stream.read_to_string(&mut response);
            if response.starts_with("HTTP/1.1 200") {
                break true;
            }
        }
        if Instant::now() > deadline || child.try_wait().unwrap().is_some() {
            break false;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let _ = child.kill();
    let output = child.wait_with_output().unwrap();
    assert!(answered, "localoffer {} never served the home page:\n{}", args.join(" "), String::from_utf8_lossy(&output.stderr));
}

/// After `new`, an editor writes what the scaffold leaves to a person, the description
/// and (for a service) who runs it, and nothing else; the commands after it run on that.
fn write_what_only_a_person_can(root: &Path, printed: &str) {
    let created = printed.trim().strip_prefix("created ").expect("new says what it created");
    let path = root.join(created);
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replace("description: \"\"", "description: A page an editor has just begun.").replace("organisation: \"\"", "organisation: An example charity");
    std::fs::write(path, text).unwrap();
}

/// The agency's part between export and import: each file to import (`pl-done.xlf`) is the
/// export before it (`pl.xlf`) with every target filled in, by translate-toolkit.
fn agency_translates(root: &Path, files: &[&str]) {
    for file in files {
        let exported = file.replace("-done", "");
        let script = repo().join("tests/translate/toolkit.py");
        let status = Command::new("python3").arg(script).args(["fill", &exported, file]).current_dir(root).status().unwrap();
        assert!(status.success(), "translate-toolkit could not fill {exported} (run scripts/test.sh to install it)");
    }
}

/// A command line split as a shell splits it: words, and "quoted words" as one.
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[test]
fn the_adopt_part_runs_as_written_from_an_empty_folder() {
    let commands = commands_between("## Adopt localoffer for your council", "\n## ");
    assert!(commands.iter().any(|c| c.starts_with("init ")), "{commands:?}");
    let temp = tempfile::tempdir().unwrap();
    let mut cwd = temp.path().to_path_buf();
    for command in &commands {
        if let Some(dir) = command.strip_prefix("cd ") {
            cwd = cwd.join(dir);
            continue;
        }
        let args = words(command);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        if args[0] == "serve" {
            serves(&cwd, &args);
            continue;
        }
        let output = Command::new(env!("CARGO_BIN_EXE_localoffer")).args(&args).current_dir(&cwd).output().unwrap();
        assert!(output.status.success(), "localoffer {command} failed:\n{}", String::from_utf8_lossy(&output.stderr));
        if args[0] == "new" {
            write_what_only_a_person_can(&cwd, &String::from_utf8_lossy(&output.stdout));
        }
    }
    assert!(cwd.join("public/pl/index.html").is_file() && cwd.join("pl.xlf").is_file());
    assert!(cwd.join("content/services/anytown-sendiass.md").is_file());
}

#[test]
fn every_command_of_the_editors_part_runs_as_written_on_the_example_site() {
    let commands = editor_commands();
    for expected in ["serve", "build", "check", "new page", "new service", "translate export", "translate import"] {
        assert!(commands.iter().any(|c| c.starts_with(expected)), "the README shows no 'localoffer {expected}': {commands:?}");
    }
    let site = example_copy();
    for command in &commands {
        let args: Vec<&str> = command.split_whitespace().collect();
        if args[0] == "serve" {
            serves(site.path(), &args);
            continue;
        }
        if args.starts_with(&["translate", "import"]) {
            agency_translates(site.path(), &args[2..]);
        }
        let output = Command::new(env!("CARGO_BIN_EXE_localoffer")).args(&args).current_dir(site.path()).output().unwrap();
        assert!(output.status.success(), "localoffer {command} failed:\n{}", String::from_utf8_lossy(&output.stderr));
        if args[0] == "new" {
            write_what_only_a_person_can(site.path(), &String::from_utf8_lossy(&output.stdout));
        }
    }
    assert!(site.path().join("content/transport/travel-training.ur.md").is_file());
    let imported = std::fs::read_to_string(site.path().join("content/services/flying-start.pl.md")).unwrap();
    assert!(imported.contains("translation: { by: person }"), "{imported}");
    assert!(site.path().join("public/en/index.html").is_file());
}

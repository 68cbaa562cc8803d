//! XLIFF 1.2, the version every translation tool reads: written for export, read back
//! with the place of every element, for located errors on import.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

use super::segment::{Code, Part};
use crate::diag::Pos;

pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// One unit as exported: its id, its source parts and codes, and the page it is from.
pub struct OutUnit<'a> {
    pub id: String,
    pub parts: Vec<Part>,
    pub codes: &'a [Code],
}

/// One page as exported.
pub struct OutFile<'a> {
    /// The source page as editors know it: `content/advice/sendias.md`.
    pub original: String,
    /// The published page, for the translator's context.
    pub url: String,
    pub units: Vec<OutUnit<'a>>,
}

/// The XLIFF document for `files`, from `source_lang` into `target_lang`.
pub fn write(files: &[OutFile], source_lang: &str, target_lang: &str) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<xliff version=\"1.2\" xmlns=\"{NAMESPACE}\">");
    for file in files {
        let _ = writeln!(out, "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-markdown\">", attr(&file.original), attr(source_lang), attr(target_lang));
        out.push_str("    <header><tool tool-id=\"localoffer\" tool-name=\"localoffer\"/></header>\n    <body>\n");
        for unit in &file.units {
            let source = inline_xml(&unit.parts, unit.codes);
            let _ = writeln!(out, "      <trans-unit id=\"{}\" resname=\"{}\">", attr(&unit.id), attr(&unit.id));
            let _ = writeln!(out, "        <source xml:space=\"preserve\">{source}</source>");
            let _ = writeln!(out, "        <note from=\"localoffer-page\">{}</note>", text(&file.url));
            let _ = writeln!(out, "        <note from=\"localoffer-source-hash\">{}</note>", hash(&unit.parts));
            out.push_str("      </trans-unit>\n");
        }
        out.push_str("    </body>\n  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// A short hash of a unit's source: the import compares it with the source's hash now,
/// to tell a translation of an older text.
pub fn hash(parts: &[Part]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        match part {
            Part::Text(t) => hasher.update(t.as_bytes()),
            Part::Open(id) => hasher.update(format!("\u{1}g{id}")),
            Part::Close(id) => hasher.update(format!("\u{1}/g{id}")),
            Part::Placeholder(id) => hasher.update(format!("\u{1}x{id}")),
        }
    }
    hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn inline_xml(parts: &[Part], codes: &[Code]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(&text(t)),
            Part::Open(id) => {
                let _ = write!(out, "<g id=\"{id}\" ctype=\"{}\">", codes[id - 1].kind);
            }
            Part::Close(_) => out.push_str("</g>"),
            Part::Placeholder(id) => {
                let code = &codes[id - 1];
                let _ = write!(out, "<x id=\"{id}\" ctype=\"{}\" equiv-text=\"{}\"/>", code.kind, attr(&code.open));
            }
        }
    }
    out
}

fn text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn attr(s: &str) -> String {
    text(s).replace('"', "&quot;").replace('\n', "&#10;")
}

/// A `<file>` read back.
#[derive(Debug)]
pub struct InFile {
    pub pos: Pos,
    pub original: Option<String>,
    pub target_lang: Option<String>,
    pub units: Vec<InUnit>,
}

#[derive(Debug)]
pub struct InUnit {
    pub pos: Pos,
    pub id: String,
    pub hash: Option<String>,
    /// `None` without a `<target>` or with an empty one: not translated.
    pub target: Option<Result<Vec<Part>, (Pos, String)>>,
}

/// Reads an XLIFF 1.2 document; an error is where it is and what is wrong.
pub fn read(xml: &str) -> Result<Vec<InFile>, (Pos, String)> {
    if xml.trim().is_empty() {
        return Err((Pos::START, "the file is empty".into()));
    }
    let doc = roxmltree::Document::parse(xml).map_err(|e| {
        let p = e.pos();
        (Pos::new(p.row as usize, p.col as usize), format!("the XML is malformed: {e}"))
    })?;
    let at = |node: roxmltree::Node| {
        let p = doc.text_pos_at(node.range().start);
        Pos::new(p.row as usize, p.col as usize)
    };
    let root = doc.root_element();
    if root.tag_name().name() != "xliff" {
        return Err((at(root), format!("this is not XLIFF: the document is a <{}>", root.tag_name().name())));
    }
    if root.attribute("version") != Some("1.2") {
        return Err((at(root), format!("this is XLIFF {}, not 1.2", root.attribute("version").unwrap_or("without a version"))));
    }
    let mut files = Vec::new();
    for file in root.children().filter(|n| n.has_tag_name((NAMESPACE, "file"))) {
        let mut units = Vec::new();
        for unit in file.descendants().filter(|n| n.has_tag_name((NAMESPACE, "trans-unit"))) {
            let note = |from: &str| unit.children().find(|n| n.has_tag_name((NAMESPACE, "note")) && n.attribute("from") == Some(from)).and_then(|n| n.text()).map(|t| t.trim().to_string());
            let target = unit.children().find(|n| n.has_tag_name((NAMESPACE, "target")));
            let target = target.filter(|t| t.has_children() && !all_text(*t).trim().is_empty()).map(|t| parts_of(t, &at));
            units.push(InUnit { pos: at(unit), id: unit.attribute("id").unwrap_or_default().to_string(), hash: note("localoffer-source-hash"), target });
        }
        files.push(InFile { pos: at(file), original: file.attribute("original").map(str::to_string), target_lang: file.attribute("target-language").map(str::to_string), units });
    }
    if files.is_empty() {
        return Err((at(root), "the file holds no <file> elements (no pages)".into()));
    }
    Ok(files)
}

fn all_text(node: roxmltree::Node) -> String {
    node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect()
}

/// A `<target>`'s content as parts: text, `<g>` pairs, `<x/>` placeholders. A tool's own
/// segment marks (`<mrk>`) are looked through.
fn parts_of(target: roxmltree::Node, at: &dyn Fn(roxmltree::Node) -> Pos) -> Result<Vec<Part>, (Pos, String)> {
    let mut parts = Vec::new();
    add_children(target, at, &mut parts)?;
    Ok(parts)
}

fn add_children(node: roxmltree::Node, at: &dyn Fn(roxmltree::Node) -> Pos, parts: &mut Vec<Part>) -> Result<(), (Pos, String)> {
    for child in node.children() {
        if let Some(t) = child.text().filter(|_| child.is_text()) {
            match parts.last_mut() {
                Some(Part::Text(last)) => last.push_str(t),
                _ => parts.push(Part::Text(t.to_string())),
            }
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let id = || child.attribute("id").and_then(|i| i.parse::<usize>().ok()).filter(|&i| i > 0).ok_or_else(|| (at(child), format!("<{}> has no id that this export wrote", child.tag_name().name())));
        match child.tag_name().name() {
            "g" => {
                let id = id()?;
                parts.push(Part::Open(id));
                add_children(child, at, parts)?;
                parts.push(Part::Close(id));
            }
            "x" => parts.push(Part::Placeholder(id()?)),
            "mrk" => add_children(child, at, parts)?,
            other => return Err((at(child), format!("<{other}> is not an inline code this export writes"))),
        }
    }
    Ok(())
}

/// Compares a translation's codes with its source's: each once, of the same kind. The
/// message names the first difference.
pub fn check_codes(target: &[Part], codes: &[Code]) -> Result<(), String> {
    let mut seen = vec![0usize; codes.len()];
    for part in target {
        let (id, pair) = match part {
            Part::Open(id) => (*id, true),
            Part::Placeholder(id) => (*id, false),
            _ => continue,
        };
        let Some(code) = codes.get(id.wrapping_sub(1)) else {
            return Err(format!("inline code {id} is not in the source: it was added"));
        };
        if code.close.is_some() != pair {
            let (was, now) = if pair { ("a placeholder <x/>", "a pair <g>") } else { ("a pair <g>", "a placeholder <x/>") };
            return Err(format!("inline code {id} ({}) was {was} and is now {now}", code.kind));
        }
        seen[id - 1] += 1;
    }
    if let Some(i) = seen.iter().position(|&n| n > 1) {
        return Err(format!("inline code {} ({}) is there {} times, once in the source", i + 1, codes[i].kind, seen[i]));
    }
    if let Some(i) = seen.iter().position(|&n| n == 0) {
        return Err(format!("inline code {} ({}: {}) is missing", i + 1, codes[i].kind, codes[i].open));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translate::segment::units;

    fn export(body: &str) -> String {
        let units = units(body);
        let out: Vec<OutUnit> = units.iter().enumerate().map(|(i, u)| OutUnit { id: format!("b{}", i + 1), parts: u.parts.clone(), codes: &u.codes }).collect();
        write(&[OutFile { original: "content/a.md".into(), url: "https://example.org/en/a/".into(), units: out }], "en", "pl")
    }

    #[test]
    fn what_is_written_reads_back_with_its_hashes() {
        let body = "Read [EHC plans](b.md) & <abbr title=\"x\">SEND</abbr>.\n";
        let xml = export(body);
        assert!(xml.contains("<source xml:space=\"preserve\">Read <g id=\"1\" ctype=\"link\">EHC plans</g> &amp; <x id=\"2\" ctype=\"x-html\" equiv-text=\"&lt;abbr title=&quot;x&quot;&gt;\"/>SEND<x id=\"3\""), "{xml}");
        let files = read(&xml).unwrap();
        assert_eq!(files[0].original.as_deref(), Some("content/a.md"));
        assert_eq!(files[0].target_lang.as_deref(), Some("pl"));
        assert_eq!(files[0].units[0].hash.as_deref(), Some(hash(&units(body)[0].parts).as_str()));
        assert!(files[0].units[0].target.is_none());
    }

    #[test]
    fn a_target_reads_as_parts_and_its_codes_are_checked() {
        let body = "Read [EHC plans](b.md) now.\n";
        let xml = export(body).replace("</source>", "</source><target>Czytaj <g id=\"1\">plany EHC</g> teraz.</target>");
        let files = read(&xml).unwrap();
        let target = files[0].units[0].target.clone().unwrap().unwrap();
        assert_eq!(target, [Part::Text("Czytaj ".into()), Part::Open(1), Part::Text("plany EHC".into()), Part::Close(1), Part::Text(" teraz.".into())]);
        let codes = &units(body)[0].codes;
        assert!(check_codes(&target, codes).is_ok());
        assert_eq!(check_codes(&[Part::Text("x".into())], codes).unwrap_err(), "inline code 1 (link: [) is missing");
        assert!(check_codes(&[Part::Placeholder(1)], codes).unwrap_err().contains("was a pair <g>"));
        assert!(check_codes(&[Part::Open(1), Part::Close(1), Part::Open(2), Part::Close(2)], codes).unwrap_err().contains("added"));
    }

    #[test]
    fn broken_documents_are_located() {
        assert_eq!(read("  ").unwrap_err().1, "the file is empty");
        let (pos, message) = read("<xliff version=\"1.2\">\n<file>\n</xliff>").unwrap_err();
        assert_eq!(pos.line, 3);
        assert!(message.starts_with("the XML is malformed"), "{message}");
        assert!(read("<xliff version=\"2.0\"/>").unwrap_err().1.contains("not 1.2"));
    }
}

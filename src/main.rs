//! Flags, logging, the command, and the exit code: 0 done, 1 errors in the site,
//! 2 wrong usage (clap's own).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use localoffer::cli::{Cli, Command, Format, ImportCommand, InitArgs, NewArgs, NewKind, ReportFormat, TranslateCommand};
use localoffer::config::Config;
use localoffer::diag::{Diagnostic, Diagnostics, Severity};
use localoffer::error::Error;
use localoffer::pipeline::{self, Options};
use localoffer::scaffold;
use localoffer::serve::{self, ServeOptions};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli);
    let root = cli.global.root.clone();
    let (options, format, strict) = match &cli.command {
        Command::Build(args) => {
            let output = args.output.clone().unwrap_or_else(|| root.join("public"));
            (Options { root, output: Some(output), base_url: args.base_url.clone(), editorial: false, min_coverage: None, force: args.force }, Format::Human, false)
        }
        Command::Check(args) => (Options { root, output: None, base_url: args.base_url.clone(), editorial: true, min_coverage: args.min_coverage, force: false }, args.format, args.strict),
        Command::New(args) => return new(&cli, args),
        Command::Init(args) => return init(args),
        Command::Translate(command) => return translate(&cli, command),
        Command::Import(command) => return import(&cli, command),
        Command::RemovePreviousOutput { path } => {
            return match localoffer::write::remove_previous_output(path) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => fail(&err),
            };
        }
        Command::Serve(args) => {
            let options = ServeOptions { root, port: args.port, open: args.open, bind: args.bind };
            return match serve::serve(&options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(Error::Content(diagnostics)) => {
                    print_diagnostics(diagnostics, Format::Human);
                    ExitCode::from(1)
                }
                Err(err) => fail(&err),
            };
        }
    };
    let diagnostics = match pipeline::run(&options) {
        Ok(report) => {
            match std::env::current_exe() {
                Ok(program) => report.previous.remove_in_background(&program, &["remove-previous-output"]),
                Err(_) => report.previous.remove(),
            }
            report.warnings
        }
        Err(Error::Content(diagnostics)) => diagnostics,
        Err(err) => {
            let code = fail(&err);
            if options.output.is_some() {
                eprintln!("nothing was published: the output folder is as it was.");
            }
            return code;
        }
    };
    let diagnostics = if strict { diagnostics.strict() } else { diagnostics };
    let failed = diagnostics.has_errors();
    let errors = diagnostics.error_count();
    print_diagnostics(diagnostics, format);
    if !failed {
        return ExitCode::SUCCESS;
    }
    if format == Format::Human {
        let what = if options.output.is_some() { "nothing was published" } else { "check failed" };
        eprintln!("{errors} error(s): {what}. Fix them and run again.");
    }
    ExitCode::from(1)
}

fn init(args: &InitArgs) -> ExitCode {
    let request = localoffer::init::Init { dir: args.dir.clone(), title: args.title.clone(), base_url: args.base_url.clone(), languages: args.languages.clone(), force: args.force };
    match localoffer::init::init(&request) {
        Ok(done) => {
            for path in &done.written {
                println!("created {}", args.dir.join(path).display());
            }
            for path in &done.kept {
                println!("kept    {} (it was there)", args.dir.join(path).display());
            }
            println!("\nNext:");
            if args.dir != std::path::Path::new(".") {
                println!("  cd {}", args.dir.display());
            }
            println!("  localoffer serve                      see the site as you edit it");
            println!("  localoffer new page about/contact-us  add a page (new service <name> adds a service)");
            println!("  edit site.yaml                        feedback address, brand, topics and categories");
            println!("  localoffer check                      before you publish (the README's \"Adopt localoffer\" has the rest)");
            ExitCode::SUCCESS
        }
        Err(diagnostic) => {
            eprintln!("{diagnostic}");
            ExitCode::from(1)
        }
    }
}

fn translate(cli: &Cli, command: &TranslateCommand) -> ExitCode {
    let root = &cli.global.root;
    let result = match command {
        TranslateCommand::Export(args) => {
            let output = args.output.clone().unwrap_or_else(|| format!("{}.xlf", args.lang).into());
            let selection = localoffer::translate::Selection { missing: args.missing, stale: args.stale, paths: args.paths.clone() };
            localoffer::translate::export(root, &args.lang, &selection, &output).map(|done| {
                println!("wrote {}: {} pages, {} units, {} words to translate", output.display(), done.pages, done.units, done.words);
            })
        }
        TranslateCommand::Import(args) => localoffer::translate::import(root, &args.files).map(|done| {
            for page in done.iter().filter(|p| !p.written()) {
                println!("not written {}: none of its {} units is translated", page.path.display(), page.units);
            }
            for page in done.iter().filter(|p| p.written()) {
                let kept = page.units - page.translated;
                let note = if kept > 0 { format!(" ({kept} left in the source language)") } else { String::new() };
                println!("wrote {}: {} of {} units translated{note}", page.path.display(), page.translated, page.units);
            }
            println!("{} translation(s) written, marked translation: {{ by: person }}. Run localoffer check, then review them on localoffer serve.", done.iter().filter(|p| p.written()).count());
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(diagnostics) => {
            let errors = diagnostics.error_count();
            print_diagnostics(diagnostics, Format::Human);
            eprintln!("{errors} error(s): nothing was written. Fix them and run again.");
            ExitCode::from(1)
        }
    }
}

fn import(cli: &Cli, command: &ImportCommand) -> ExitCode {
    let ImportCommand::Openreferral(args) = command;
    let options = localoffer::import::Options {
        root: cli.global.root.clone(),
        sources: args.sources.clone(),
        dry_run: args.dry_run,
        skip_invalid: args.skip_invalid,
        map: args.map.clone(),
        prune: args.prune,
    };
    match localoffer::import::run(&options) {
        Ok(report) => {
            match args.format {
                ReportFormat::Json => print!("{}", report.json()),
                ReportFormat::Text => print!("{}", report.text()),
            }
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            let errors = diagnostics.error_count();
            let format = if args.format == ReportFormat::Json { Format::Json } else { Format::Human };
            print_diagnostics(diagnostics, format);
            if format == Format::Human {
                eprintln!("{errors} error(s): nothing was written. Fix them, or import the valid records with --skip-invalid.");
            }
            ExitCode::from(1)
        }
    }
}

fn new(cli: &Cli, args: &NewArgs) -> ExitCode {
    let config = match Config::load(&cli.global.root, None) {
        Ok(config) => config,
        Err(diagnostics) => {
            print_diagnostics(diagnostics, Format::Human);
            return ExitCode::from(1);
        }
    };
    let kind = match args.kind {
        NewKind::Page => scaffold::Kind::Page,
        NewKind::Service => scaffold::Kind::Service,
    };
    match scaffold::new_page(&config, kind, &args.path, args.lang.as_deref(), chrono::Local::now().date_naive()) {
        Ok(path) => {
            println!("created {}", path.display());
            ExitCode::SUCCESS
        }
        Err(diagnostic) => {
            eprintln!("{diagnostic}");
            ExitCode::from(1)
        }
    }
}

fn fail(err: &Error) -> ExitCode {
    let mut text = format!("error: {err}");
    let mut cause = std::error::Error::source(err);
    while let Some(inner) = cause {
        text.push_str(&format!("\n  Caused by: {inner}"));
        cause = inner.source();
    }
    eprintln!("{text}");
    ExitCode::from(1)
}

fn init_logging(cli: &Cli) {
    let level = if cli.global.quiet {
        log::LevelFilter::Error
    } else if cli.global.verbose {
        log::LevelFilter::Debug
    } else {
        log::LevelFilter::Info
    };
    env_logger::Builder::new()
        .filter_level(level)
        .format(|buf, record| match record.level() {
            log::Level::Info => writeln!(buf, "{}", record.args()),
            level => writeln!(buf, "{}: {}", level.as_str().to_lowercase(), record.args()),
        })
        .parse_env("LOCALOFFER_LOG")
        .init();
}

fn print_diagnostics(diagnostics: Diagnostics, format: Format) {
    let all: Vec<Diagnostic> = diagnostics.sorted();
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&all).expect("diagnostics serialise")),
        Format::Github => {
            for d in &all {
                let level = match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Note => "notice",
                };
                let text = if d.hint.is_empty() { d.message.clone() } else { format!("{} - {}", d.message, d.hint) };
                println!("::{level} file={},line={},col={}::{}", d.file.display(), d.line, d.col, github_escape(&text));
            }
        }
        Format::Human => print_human(&all),
    }
}

/// Grouped by file (a blank line between files), coloured on a terminal.
fn print_human(all: &[Diagnostic]) {
    let colour = std::io::stderr().is_terminal();
    let mut previous = None;
    for d in all {
        if previous.is_some() && previous != Some(&d.file) {
            eprintln!();
        }
        previous = Some(&d.file);
        let line = d.to_string();
        let code = match d.severity {
            Severity::Error => "31",
            Severity::Warning => "33",
            Severity::Note => "36",
        };
        if colour {
            eprintln!("\x1b[{code}m{line}\x1b[0m");
        } else {
            eprintln!("{line}");
        }
    }
    let warnings = all.iter().filter(|d| d.severity == Severity::Warning).count();
    if warnings > 0 {
        eprintln!("{warnings} warning(s)");
    }
}

/// GitHub's workflow commands end at a newline and treat % specially.
fn github_escape(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

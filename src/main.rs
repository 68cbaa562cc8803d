//! Flags, logging, the command, and the exit code: 0 done, 1 errors in the site,
//! 2 wrong usage (clap's own).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use localoffer::cli::{Cli, Command, Format};
use localoffer::diag::{Diagnostic, Diagnostics};
use localoffer::error::Error;
use localoffer::pipeline::{self, Options};

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli);
    let (options, format) = match &cli.command {
        Command::Build(args) => {
            let output = args.output.clone().unwrap_or_else(|| cli.global.root.join("public"));
            (Options { root: cli.global.root.clone(), output: Some(output), base_url: args.base_url.clone() }, Format::Human)
        }
        Command::Check(args) => (Options { root: cli.global.root.clone(), output: None, base_url: args.base_url.clone() }, args.format),
    };
    match pipeline::run(&options) {
        Ok(report) => {
            print_diagnostics(report.warnings, format);
            ExitCode::SUCCESS
        }
        Err(Error::Content(diagnostics)) => {
            let errors = diagnostics.error_count();
            print_diagnostics(diagnostics, format);
            if format == Format::Human {
                eprintln!("{errors} error(s): nothing was published. Fix them and run again.");
            }
            ExitCode::from(1)
        }
        Err(err) => {
            let mut text = format!("error: {err}");
            let mut cause = std::error::Error::source(&err);
            while let Some(inner) = cause {
                text.push_str(&format!("\n  Caused by: {inner}"));
                cause = inner.source();
            }
            eprintln!("{text}");
            ExitCode::from(1)
        }
    }
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
        Format::Json => {
            let json = serde_json::to_string_pretty(&all).expect("diagnostics serialise");
            println!("{json}");
        }
        Format::Human => {
            let colour = std::io::stderr().is_terminal();
            for diagnostic in &all {
                let line = diagnostic.to_string();
                if colour {
                    let code = if diagnostic.is_error() { "31" } else { "33" };
                    eprintln!("\x1b[{code}m{line}\x1b[0m");
                } else {
                    eprintln!("{line}");
                }
            }
        }
    }
}

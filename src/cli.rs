//! The command line: `localoffer build | check`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Builds a SEND Local Offer website from Markdown files, in every language of the site.
#[derive(Debug, Parser)]
#[command(name = "localoffer", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub global: GlobalArgs,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The site's folder: the one holding site.yaml and content/.
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Only print errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print timings and details.
    #[arg(long, short, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default). A failed build leaves
    /// the previous output untouched.
    Build(BuildArgs),
    /// Check the site for errors without writing anything, plus editorial warnings
    /// (out-of-date translations, vague link text, long sentences...). Exit code 1 on errors.
    Check(CheckArgs),
    /// Build, serve on 127.0.0.1 and rebuild on every change, reloading the browser.
    Serve(ServeArgs),
    /// Start a new site in DIR (default: the current folder): site.yaml, a home page, a
    /// section with a page, the service directory. Never overwrites a file.
    Init(InitArgs),
    /// Create a new page, or a translation of a page, with its front matter filled in.
    New(NewArgs),
    /// Send pages to translators as XLIFF 1.2, and bring their translations back.
    #[command(subcommand)]
    Translate(TranslateCommand),
    /// Bring services in from another directory.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Remove the previous output that a build moved aside: `build` starts it in the
    /// background, so as not to wait for the old files to be deleted.
    #[command(hide = true, name = "remove-previous-output")]
    RemovePreviousOutput { path: std::path::PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import services from Open Referral UK feeds (3.0 or 1.0) or HSDS tables into
    /// content/services/. Every record is checked first: on any error nothing is written
    /// (unless --skip-invalid). Importing the same feed again changes no file.
    Openreferral(OpenReferralArgs),
}

#[derive(Debug, Args)]
pub struct OpenReferralArgs {
    /// Where the services are: a JSON file (one service, a list page or an array), a
    /// folder of JSON files, a folder of HSDS tables (services.csv...), or the http(s)
    /// address of a /services endpoint, followed page by page.
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<String>,
    /// Check everything and report what would change, writing nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the valid records and list the others with their errors, instead of
    /// writing nothing.
    #[arg(long)]
    pub skip_invalid: bool,
    /// A YAML file mapping the feed's taxonomy terms (by id or name) to the site's
    /// category and need ids.
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,
    /// Delete the pages (and their translations) of services that left the feed.
    #[arg(long)]
    pub prune: bool,
    /// The report's format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum TranslateCommand {
    /// Write the pages to translate into one language as one XLIFF 1.2 file, a <file> per
    /// page: its title, description and each block of text, with links and formatting as
    /// inline codes.
    Export(ExportArgs),
    /// Read translated XLIFF files and write each page's translation beside it. Every unit
    /// of every file is checked first: on any error nothing is written.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The language to translate into, like ur.
    #[arg(long, value_name = "CODE")]
    pub lang: String,
    /// Only the pages not yet translated into it.
    #[arg(long)]
    pub missing: bool,
    /// Only the pages whose translation is older than the page (with --missing: both).
    #[arg(long)]
    pub stale: bool,
    /// Where to write the XLIFF file (default: <CODE>.xlf in the current folder).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only these pages: their Markdown files, like content/advice/sendias.md.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The XLIFF files the translators sent back.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder of the new site; created if it does not exist.
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// The site's name, like "Anytown SEND Local Offer".
    #[arg(long)]
    pub title: String,
    /// The address the site will be published at, like https://send.anytown.gov.uk/.
    #[arg(long, value_name = "URL")]
    pub base_url: String,
    /// The site's languages, the default first, like en,pl,ur.
    #[arg(long, value_delimiter = ',', default_value = "en", value_name = "CODES")]
    pub languages: Vec<String>,
    /// Write into a folder that is not empty: only the files that are missing.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to serve on.
    #[arg(long, short, default_value_t = 8000)]
    pub port: u16,
    /// Open the site in a browser.
    #[arg(long)]
    pub open: bool,
    /// The address to listen on. The default, 127.0.0.1, is reachable from this computer
    /// only; any other (0.0.0.0 for every network) lets anyone who can reach this computer
    /// read the preview, drafts included.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// What to create.
    #[arg(value_enum)]
    pub kind: NewKind,
    /// The page's path, like content/transport/travel-training.md (or transport/travel-training).
    pub path: String,
    /// Create the translation into this language of the existing page at PATH.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NewKind {
    /// A page (or a section's _index.md).
    Page,
    /// A service of the directory, with every service key to fill in.
    Service,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Where to write the site (default: public/ in the site's folder). A build replaces
    /// everything in it, so it must not be the site's folder, hold it, or be inside its
    /// sources, and a folder of files localoffer did not write is refused without --force.
    #[arg(long, short, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Replace the output folder even though it holds files localoffer did not write.
    #[arg(long)]
    pub force: bool,
    /// Publish under this address instead of site.yaml's base_url (for preview deployments).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Check as if published under this address instead of site.yaml's base_url.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Output format: human (grouped by file), json, or github (annotations on a pull request).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Treat warnings as errors.
    #[arg(long)]
    pub strict: bool,
    /// Fail when a language has fewer than this percentage of its pages translated.
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub min_coverage: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn import_takes_several_sources_and_its_flags() {
        let cli = Cli::parse_from(["localoffer", "import", "openreferral", "a.json", "https://e.org/services", "--dry-run", "--skip-invalid", "--map", "m.yaml", "--format", "json", "--prune"]);
        let Command::Import(ImportCommand::Openreferral(args)) = cli.command else { panic!("expected import") };
        assert_eq!(args.sources, ["a.json", "https://e.org/services"]);
        assert!(args.dry_run && args.skip_invalid && args.prune);
        assert_eq!(args.format, ReportFormat::Json);
    }

    #[test]
    fn flags_parse_after_the_command() {
        let cli = Cli::parse_from(["localoffer", "build", "--root", "site", "--output", "out", "--base-url", "https://p.example/", "-q"]);
        assert!(cli.global.quiet);
        let Command::Build(build) = cli.command else { panic!("expected build") };
        assert_eq!(build.output.unwrap(), PathBuf::from("out"));
    }
}

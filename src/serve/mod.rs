//! `localoffer serve`: builds the site into a temporary folder, serves it on 127.0.0.1
//! under the site's base path, watches the sources and rebuilds what a change touches,
//! then reloads the open browser tabs. A content error keeps the server running and
//! shows the errors in the page until the next good save.

pub mod server;
pub mod session;
pub mod watch;

use std::path::PathBuf;
use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use tokio::sync::broadcast;

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::error::Error;
use server::ServeState;
use session::{Change, Outcome, Session};

/// How long the editor must pause before the preview's search index is rebuilt.
const INDEX_AFTER: Duration = Duration::from_millis(1500);

/// How often to look again while an index is still being built.
const INDEX_POLL: Duration = Duration::from_millis(100);

pub struct ServeOptions {
    pub root: PathBuf,
    pub port: u16,
    pub open: bool,
    /// Where to listen: 127.0.0.1 unless told otherwise.
    pub bind: std::net::IpAddr,
}

/// Runs until interrupted.
pub fn serve(options: &ServeOptions) -> Result<(), Error> {
    let config = Config::load(&options.root, None).map_err(Error::Content)?;
    let base_path = config.base_path.clone();
    if !options.bind.is_loopback() {
        log::warn!("serving on {}, not 127.0.0.1: anyone who can reach this computer on the network can read the preview, drafts included - leave out --bind unless you mean to share it", options.bind);
    }
    let listener = std::net::TcpListener::bind((options.bind, options.port)).map_err(|source| Error::Serve { what: format!("cannot listen on port {} - is another preview running? Choose another port, like --port {}", options.port, options.port.wrapping_add(1).max(1024)), source })?;
    let port = listener.local_addr().map_err(|source| Error::Serve { what: "cannot read the port".into(), source })?.port();
    // The address to open here: on every network is on this computer's too.
    let shown = if options.bind.is_unspecified() { std::net::Ipv4Addr::LOCALHOST.into() } else { options.bind };
    let address = format!("http://{}{base_path}", std::net::SocketAddr::new(shown, port));
    let output = std::env::temp_dir().join(format!("localoffer-serve-{}", std::process::id()));

    let (reload, _) = broadcast::channel(16);
    let state = Arc::new(ServeState { dir: output.clone(), base_path, errors: RwLock::new(None), reload });
    let mut session = Session::new(&options.root, &address, &output);
    rebuild(&mut session, &Change::Setup, &state)?;

    let (_watcher, changes) = watch::watch(&options.root).map_err(|e| Error::Serve { what: "cannot watch the site's files".into(), source: std::io::Error::other(e) })?;
    let rebuild_state = Arc::clone(&state);
    std::thread::spawn(move || {
        // The search index is built on its own thread, so that a save made meanwhile is
        // served at once; one index at a time.
        let mut indexing: Option<std::thread::JoinHandle<()>> = None;
        loop {
            let busy = indexing.as_ref().is_some_and(|job| !job.is_finished());
            let first = if session.index_pending() {
                // It follows once the editor has paused for INDEX_AFTER (and the last
                // index is done).
                match changes.recv_timeout(if busy { INDEX_POLL } else { INDEX_AFTER }) {
                    Ok(change) => change,
                    Err(RecvTimeoutError::Timeout) => {
                        if !busy {
                            indexing = session.index_job().map(|job| {
                                std::thread::spawn(move || {
                                    let started = Instant::now();
                                    match job.run() {
                                        Ok(()) => log::info!("search index updated in {} ms", started.elapsed().as_millis()),
                                        Err(err) => log::error!("{err}"),
                                    }
                                })
                            });
                        }
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            } else {
                match changes.recv() {
                    Ok(change) => change,
                    Err(_) => break,
                }
            };
            // Join changes that queued while the last rebuild ran.
            let change = changes.try_iter().fold(first, merge);
            // A whole new site is swapped in whole, its index with it: an older index
            // still being written must be done first, or it would land in the new one.
            if matches!(change, Change::Setup) || session.publishes_all() {
                if let Some(job) = indexing.take() {
                    job.join().ok();
                }
            }
            if let Err(err) = rebuild(&mut session, &change, &rebuild_state) {
                log::error!("{err}");
            }
        }
    });

    println!("Serving {address} (press Ctrl+C to stop)");
    if options.open {
        if let Err(err) = open::that_detached(&address) {
            log::warn!("cannot open a browser: {err}");
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().map_err(|source| Error::Serve { what: "cannot start the server".into(), source })?;
    let result = runtime.block_on(async {
        listener.set_nonblocking(true)?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        axum::serve(listener, server::router(state)).with_graceful_shutdown(async {
            // Without a Ctrl+C handler the server simply runs until killed.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await
    });
    if let Err(err) = std::fs::remove_dir_all(&output) {
        log::warn!("could not remove {}: {err}", output.display());
    }
    result.map_err(|source| Error::Serve { what: "the server stopped".into(), source })
}

fn merge(a: Change, b: Change) -> Change {
    match (a, b) {
        (Change::Content(mut x), Change::Content(y)) => {
            x.extend(y);
            Change::Content(x)
        }
        _ => Change::Setup,
    }
}

/// Rebuilds, records the outcome for the server, and reloads the browsers.
fn rebuild(session: &mut Session, change: &Change, state: &ServeState) -> Result<(), Error> {
    let started = Instant::now();
    session.apply(change, |outcome| {
        let errors = match outcome {
            Outcome::Built { pages } => {
                log::info!("built {pages} pages in {} ms", started.elapsed().as_millis());
                None
            }
            Outcome::Failed(diagnostics) => {
                report(diagnostics);
                Some(diagnostics.clone().sorted())
            }
        };
        *state.errors.write().expect("the error list lock is never poisoned") = errors;
        // No browser connected is fine.
        state.reload.send(()).ok();
    })
}

fn report(diagnostics: &Diagnostics) {
    for d in diagnostics.clone().sorted() {
        eprintln!("{d}");
    }
    eprintln!("{} error(s): the preview shows them until they are fixed", diagnostics.error_count());
}

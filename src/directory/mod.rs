//! The service directory: the pages under the directory's section (`content/services/`
//! by default) are services, with structured facts: who runs them, which needs and ages
//! they serve, how to get referred, how to get in touch.
//!
//! 1. [`settings`] is site.yaml's `directory:`.
//! 2. [`fields`] holds the types of the service keys and what their values may be
//!    (UK phone numbers, emails, web addresses, postcodes, ages 0-25).
//! 3. [`validate`] checks each service and the services as a whole, for the model:
//!    values, organisation, categories, names, and facts kept in the default language.
//! 4. [`views`] turns services into what templates show: the contact card, the
//!    directory's filters and lists, schema.org data.
//! 5. [`openreferral`] writes the Open Referral UK export.

pub mod fields;
pub mod list;
pub mod openreferral;
pub mod settings;
pub mod share;
pub mod validate;
pub mod views;

pub use fields::{Ages, Contact, Cost, Location, Need, OpenReferralId, Referral};
pub use settings::{Category, DirectorySettings};


//! One integration test binary (see ripgrep's tests/tests.rs): modules by
//! subject, sharing the helpers of `util`.

mod cli;
mod events;
mod export;
mod extract;
mod props;
mod push;
mod seeds;
mod serve;
mod store;
mod util;

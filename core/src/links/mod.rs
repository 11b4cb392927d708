//! What travels in an address or a host's page: the share link's fragment,
//! a dataset carried in a link, an embed's settings and snippets, and the
//! height reports a framed embed sends its host.

pub mod embed;
pub mod link_data;
pub mod resize;
pub mod share;

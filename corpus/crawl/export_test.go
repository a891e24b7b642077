package crawl

// MaxSessions lets the tests outside the package break a download for as
// many sessions as the crawler opens for it.
const MaxSessions = maxSessions

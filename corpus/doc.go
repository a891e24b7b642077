// Package corpus is albo's durable on-disk store: every file an Albo ever
// served (content-addressed by SHA-256), one metadata record per act, and the
// extractions of each PDF per extractor version, with a quarantine of the
// documents an extractor could not read.
//
// A corpus lives in a folder, or in a bucket of an S3-compatible object
// store (Open takes an s3:// URL, spoken to through internal/s3), which holds
// the same layout as keys; storage.go is the seam between the two.
//
// Layout under the store's folder:
//
//	LOCK                                   held (flock) by the one writer
//	acts.manifest                          append-only log of every act record's digest
//	blobs/sha256/ab/cd/<hex>               file contents, named by their digest
//	acts/<source>/<category>/<year>/<number>.json
//	extractions/ab/cd/<hex>/<version>.json  raw extract.Result JSON per PDF
//	failures/ab/cd/<hex>/<version>.json     why that extractor failed on it
//
// Every write is atomic and durable: a temporary file in the target's folder
// is written, synced, closed and renamed over the target, then the folder is
// synced, so a crash at any instant leaves either the old or the new file.
// Temporary files (".tmp-" prefix) left by a crash are invisible to readers
// and removed by the next Open or Verify.
// In a bucket every write is one PUT, which object stores make atomic: a
// reader sees the old object or the whole new one.
//
// Act records cannot be rebuilt once the Albo drops an act, so each write
// of one also appends its digest to acts.manifest, and Verify reports a
// record that differs from what albo last wrote (see AdoptActs).
//
// The package stores extractions as opaque JSON bytes: it does not import
// extract, since data flows one way (crawl -> corpus -> extract -> corpus).
package corpus

// Package archive is what albo does with a document on its way into the
// corpus and back out to the extractor, written once for every command
// that does it:
//
//   - OpenEnvelope opens a signed envelope held in memory: the document
//     inside and its signers as the corpus records them (Import); the
//     crawler opens each download from its stored file and names its
//     signers with Signers, as OpenEnvelope does;
//   - Import archives a file the user already has (`albo corpus add`):
//     the file and the PDF inside it, its extraction, and its act record,
//     named from what the document says (source from its municipality,
//     category from its organ, year and number);
//   - Extract is extract-or-quarantine (`albo extract --corpus`, through
//     batch, and Import): a stored extraction by the current extractor is
//     kept, a document quarantined before is not tried again, and a stored
//     file is read only once its digest is checked, so a damaged file is
//     quarantined, its good extraction kept, until it is stored whole again.
//
// It sits between the store and the extractor and imports both: corpus
// stores bytes and knows nothing of extract, extract reads bytes and knows
// nothing of the corpus. crawl, batch and the commands import archive, never
// the other way.
package archive

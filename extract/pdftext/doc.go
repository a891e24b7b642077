// Package pdftext reads the positioned text of a PDF file: every run of
// text drawn on every page, where it is drawn and in which font, and the
// lines those runs make (File, Page, Run, Line; Read).
//
// Objects, fonts and streams are read with github.com/ledongthuc/pdf; the
// rest is done here, along these seams: opening the file, repairing what
// the library refuses and rebuilding a broken cross-reference table
// (open.go); walking the page tree under limits (pages.go); interpreting
// the text operators of content streams and forms (interpret.go, over the
// lexer of lexer.go); the fonts' text and widths (fonts.go); grouping runs
// into lines (lines.go). docs/pdf-library.md lists the library's defects
// this code works around, each with a file under testdata/pdflib.
//
// A hostile file costs bounded time and memory: reads, pages, runs,
// decoded content and nesting are all limited, the library's panics are
// recovered, and a damaged page is reported in its Page.Err while the
// others are read.
package pdftext

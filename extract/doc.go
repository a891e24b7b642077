// Package extract reads a published act (a PDF, or a signed .pdf.p7m
// envelope around one) into the structured record of contract/EXTRACT.md:
// the act's front matter, the performance plan with every directorate,
// director and objective in its year column, and the changes annex.
//
// The pipeline is: unwrap the envelope (signed.go) -> positioned text runs
// per page (text.go and pdf_*.go: opening, page tree, interpreter, fonts,
// lexer, over github.com/ledongthuc/pdf) -> lines and columns
// (layout.go) -> parsers for the act, the plan and the changes annex.
package extract

// Package extract reads a published act (a PDF, or a signed .pdf.p7m
// envelope around one) into the structured record of contract/EXTRACT.md:
// the act's front matter, the performance plan with every directorate,
// director and objective in its year column, and the changes annex.
//
// The pipeline is: unwrap the envelope (extract/cades) -> the positioned
// text of every page, grouped into lines (extract/pdftext: a pdftext.File)
// -> pages without a text layer listed, or read with OCR (textless.go,
// extract/ocr) -> parsers for the act (act*.go), the plan (plan*.go,
// servizi.go, over the columns of columns.go) and the changes annex
// (changes.go).
package extract

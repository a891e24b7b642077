# Give the Chromium output the Info dictionary a Safari "Save as PDF" carries (Quartz PDFContext).
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1], allow_overwriting_input=True)
pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(Title=pikepdf.String('Avviso ritiro ingombranti aprile 2026 | Comune di Orani'),
    Producer=pikepdf.String('macOS Versione 14.4.1 (Build 23E224) Quartz PDFContext'),
    Creator=pikepdf.String('Safari'), CreationDate=pikepdf.String("D:20260318091421Z00'00'"), ModDate=pikepdf.String("D:20260318091421Z00'00'")))
if '/Metadata' in pdf.Root: del pdf.Root['/Metadata']
pdf.save(sys.argv[1])

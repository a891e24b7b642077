import org.docx4j.Docx4J;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.fonts.IdentityPlusMapper;
import org.docx4j.fonts.Mapper;
import org.docx4j.fonts.PhysicalFonts;

import java.io.FileOutputStream;
import java.io.OutputStream;

/**
 * Determinazione of the Unione dei Comuni "Elimo Ericini" (Centrale Unica di Committenza),
 * assembled as WordprocessingML with docx4j and exported to PDF through docx4j-export-fo
 * (Apache FOP), as Java document services of municipal suites do.
 * usage: java -cp ... DetElimo out.pdf [out.docx]
 */
public class DetElimo {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final String SANS = "Liberation Sans", SERIF = "Liberation Serif";

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String run(String text, String font, int halfPts, boolean bold, boolean italic) {
        return "<w:r><w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font + "\"/>"
                + (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "")
                + "<w:sz w:val=\"" + halfPts + "\"/></w:rPr><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
    }

    static String para(String jc, int after, String runs) {
        return "<w:p " + W + "><w:pPr><w:spacing w:after=\"" + after + "\" w:line=\"276\" w:lineRule=\"auto\"/>"
                + "<w:jc w:val=\"" + jc + "\"/></w:pPr>" + runs + "</w:p>";
    }

    static String hang(String num, String text) {
        return "<w:p " + W + "><w:pPr><w:spacing w:after=\"80\"/><w:ind w:left=\"425\" w:hanging=\"425\"/>"
                + "<w:jc w:val=\"both\"/></w:pPr>" + run(num + "\t", SERIF, 22, false, false)
                + run(text, SERIF, 22, false, false) + "</w:p>";
    }

    static String cell(int w, String fill, String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + w + "\" w:type=\"dxa\"/>"
                + (fill == null ? "" : "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + fill + "\"/>")
                + "</w:tcPr>" + content + "</w:tc>";
    }

    static String cp(String jc, String runs) {
        return "<w:p><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"" + jc + "\"/></w:pPr>" + runs + "</w:p>";
    }

    static String table(int[] widths, boolean borders, String rows) {
        StringBuilder g = new StringBuilder();
        for (int w : widths) g.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        String b = borders ? "<w:tblBorders><w:top w:val=\"single\" w:sz=\"6\"/><w:left w:val=\"single\" w:sz=\"6\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"6\"/><w:right w:val=\"single\" w:sz=\"6\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>" : "";
        return "<w:tbl " + W + "><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/>" + b
                + "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + g + "</w:tblGrid>" + rows + "</w:tbl>";
    }

    public static void main(String[] args) throws Exception {
        String out = args.length > 0 ? args[0] : "determinazione-elimoericini-docx4j.pdf";
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart m = pkg.getMainDocumentPart();
        java.util.List<String> xml = new java.util.ArrayList<>();

        // letterhead as a two-cell table (crest caption | body name)
        xml.add(table(new int[]{1500, 8100}, false,
                "<w:tr>" + cell(1500, null, cp("center", run("[stemma]", SANS, 14, false, true)))
                        + cell(8100, null,
                        cp("left", run("UNIONE DEI COMUNI ELIMO ERICINI", SANS, 30, true, false))
                                + cp("left", run("Libero Consorzio Comunale di Trapani – Sede legale: Via Vespri, 54 – 91019 Valderice (TP)", SANS, 16, false, false)))
                        + "</w:tr>"));
        xml.add(para("left", 120, run("", SANS, 10, false, false)));
        xml.add(para("center", 0, run("SETTORE I – AFFARI GENERALI", SANS, 24, true, false)));
        xml.add(para("center", 200, run("Centrale Unica di Committenza", SANS, 21, false, true)));
        xml.add(para("center", 60, run("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE N. 15 DEL 10/03/2026", SERIF, 25, true, false)));
        xml.add(para("center", 200, run("(Proposta n. 17 del 09/03/2026)", SERIF, 20, false, true)));
        xml.add(table(new int[]{1500, 8100}, true,
                "<w:tr>" + cell(1500, "EDEDED", cp("left", run("OGGETTO:", SANS, 20, true, false)))
                        + cell(8100, null, cp("both", run("Procedura aperta per l'affidamento del servizio di refezione scolastica "
                        + "per il Comune di Valderice – aa.ss. 2026/2027 e 2027/2028 – Nomina della commissione giudicatrice. "
                        + "CIG B9C21D7A40", SERIF, 22, true, false))) + "</w:tr>"));
        xml.add(para("left", 120, run("", SANS, 10, false, false)));
        xml.add(para("center", 120, run("IL RESPONSABILE DEL SETTORE", SERIF, 22, true, false)));
        String[] prem = {
                "Premesso che con deliberazione del Consiglio dell'Unione n. 6 del 28/04/2022 è stata istituita la Centrale "
                        + "Unica di Committenza tra i Comuni aderenti, ai sensi dell'art. 62 del D.Lgs. 31 marzo 2023, n. 36;",
                "Vista la determinazione a contrarre del Responsabile del Settore Servizi Sociali e Scolastici del Comune di "
                        + "Valderice n. 88 del 22/12/2025, con la quale è stata indetta la procedura aperta da aggiudicare con il "
                        + "criterio dell'offerta economicamente più vantaggiosa;",
                "Dato atto che il termine per la presentazione delle offerte è scaduto alle ore 12:00 del 06/03/2026 e che "
                        + "entro tale termine sono pervenute sulla piattaforma telematica n. 4 offerte;",
                "Visto l'art. 93 del D.Lgs. 36/2023, che disciplina la nomina e la composizione della commissione giudicatrice;",
                "Acquisite le dichiarazioni di insussistenza di cause di incompatibilità e di astensione rese dai componenti "
                        + "individuati, conservate agli atti d'ufficio;",
                "Richiamata la L.R. 11 dicembre 1991, n. 48 e successive modifiche e integrazioni;"
        };
        for (String p : prem) xml.add(para("both", 100, run(p, SERIF, 22, false, false)));
        xml.add(para("center", 120, run("D E T E R M I N A", SERIF, 22, true, false)));
        xml.add(hang("1)", "di nominare la commissione giudicatrice della procedura in oggetto nella seguente composizione: "
                + "Dott.ssa Rosalia Mazzara, Presidente; Dott. Vito Ingoglia, componente esperto; Sig.ra Caterina "
                + "Bonura, componente esperto; con funzioni di segretario verbalizzante la dipendente Sig.ra Antonella Poma;"));
        xml.add(hang("2)", "di dare atto che ai componenti interni non spetta alcun compenso aggiuntivo;"));
        xml.add(hang("3)", "di disporre la pubblicazione della composizione della commissione e dei curricula dei componenti "
                + "nella sezione “Amministrazione trasparente” del sito istituzionale, ai sensi dell'art. 28 del D.Lgs. 36/2023;"));
        xml.add(hang("4)", "di trasmettere il presente provvedimento al Comune di Valderice e ai componenti nominati."));
        xml.add(para("left", 240, run("Valderice, 10/03/2026", SERIF, 22, false, false)));
        xml.add(table(new int[]{4800, 4800}, false,
                "<w:tr>" + cell(4800, null, cp("center", run("", SERIF, 22, false, false)))
                        + cell(4800, null,
                        cp("center", run("Il Responsabile del Settore I", SERIF, 22, true, false))
                                + cp("center", run("Dott. Giuseppe Messina", SERIF, 22, false, false))
                                + cp("center", run("(firmato digitalmente)", SERIF, 17, false, true)))
                        + "</w:tr>"));
        xml.add(para("left", 200, run("", SANS, 10, false, false)));
        xml.add(table(new int[]{9600}, true,
                "<w:tr>" + cell(9600, null,
                        cp("left", run("PUBBLICAZIONE", SANS, 17, true, false))
                                + cp("both", run("La presente determinazione è pubblicata all'Albo Pretorio on line dell'Unione "
                                + "dal 11/03/2026 al 25/03/2026 ai sensi dell'art. 18 della L.R. 22/2008 e s.m.i.", SANS, 17, false, false)))
                        + "</w:tr>"));

        for (String x : xml) m.getContent().add(XmlUtils.unmarshalString(x));

        // footer with the digital-signature notice
        org.docx4j.wml.ObjectFactory f = new org.docx4j.wml.ObjectFactory();
        org.docx4j.openpackaging.parts.WordprocessingML.FooterPart fp =
                new org.docx4j.openpackaging.parts.WordprocessingML.FooterPart();
        fp.setJaxbElement((org.docx4j.wml.Ftr) XmlUtils.unmarshalString(
                "<w:ftr " + W + ">" + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                        + run("Unione dei Comuni Elimo Ericini – Determinazione Settore I n. 15/2026 – Documento firmato "
                        + "digitalmente ai sensi del D.Lgs. 82/2005", SANS, 14, false, true) + "</w:p></w:ftr>"));
        org.docx4j.relationships.Relationship rel = m.addTargetPart(fp);
        org.docx4j.wml.SectPr sp = pkg.getDocumentModel().getSections().get(0).getSectPr();
        org.docx4j.wml.FooterReference fr = f.createFooterReference();
        fr.setId(rel.getId());
        fr.setType(org.docx4j.wml.HdrFtrRef.DEFAULT);
        sp.getEGHdrFtrReferences().add(fr);

        Mapper fontMapper = new IdentityPlusMapper();
        pkg.setFontMapper(fontMapper);
        if (args.length > 1) pkg.save(new java.io.File(args[1]));
        try (OutputStream os = new FileOutputStream(out)) {
            Docx4J.toPDF(pkg, os);
        }
    }
}

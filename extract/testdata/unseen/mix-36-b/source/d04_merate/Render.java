import java.io.*;
import org.xhtmlrenderer.pdf.ITextRenderer;
import com.lowagie.text.pdf.BaseFont;

/** Renders an XHTML page with Flying Saucer (OpenPDF backend), fonts embedded as Identity-H. */
public class Render {
    public static void main(String[] a) throws Exception {
        ITextRenderer r = new ITextRenderer();
        String fd = "/usr/share/fonts/truetype/liberation/";
        for (String f : new String[]{"LiberationSans-Regular.ttf","LiberationSans-Bold.ttf","LiberationSans-Italic.ttf","LiberationSans-BoldItalic.ttf"})
            r.getFontResolver().addFont(fd + f, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        r.setDocument(new File(a[0]));
        r.layout();
        try (OutputStream os = new FileOutputStream(a[1])) { r.createPDF(os); }
    }
}

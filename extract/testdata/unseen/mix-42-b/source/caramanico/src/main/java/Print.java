import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;

/** Renders the ordinanza (XHTML template filled by the Segreteria's Java
 *  web application) with openhtmltopdf, embedding Liberation/DejaVu fonts. */
public class Print {
    public static void main(String[] a) throws Exception {
        String html = Files.readString(new File(a[0]).toPath(), StandardCharsets.UTF_8);
        try (OutputStream os = new FileOutputStream(a[1])) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"), "Liberation Serif", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"), "Liberation Serif", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"), "Liberation Serif", 400, PdfRendererBuilder.FontStyle.ITALIC, true);
            b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"), "Liberation Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"), "Liberation Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.withHtmlContent(html, new File(a[0]).getAbsoluteFile().getParentFile().toURI().toString());
            b.toStream(os);
            b.run();
        }
    }
}

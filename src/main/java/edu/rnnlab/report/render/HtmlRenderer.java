package edu.rnnlab.report.render;

import edu.rnnlab.report.view.ReportView;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the report template ({@code templates/report.ftlh} on the classpath) with FreeMarker's
 * HTML output format, so every value is escaped unless the template says otherwise (only the
 * bundled stylesheet is inserted raw).
 */
public final class HtmlRenderer {

    private static final String TEMPLATE = "report.ftlh";
    private final Configuration config;

    /** A renderer over the templates packaged with rnnlab. */
    public HtmlRenderer() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ClassTemplateLoader(HtmlRenderer.class, "/templates"));
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
    }

    /** The stylesheet that the template inlines. */
    public static String css() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/templates/report.css")) {
            if (in == null) {
                throw new IllegalStateException("templates/report.css is missing from the jar; rebuild rnnlab.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The complete HTML document. */
    public String render(ReportView view) {
        try {
            StringWriter out = new StringWriter();
            config.getTemplate(TEMPLATE).process(Map.of("view", view), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the report template " + TEMPLATE, e);
        } catch (TemplateException e) {
            // A template error is a bug in rnnlab, not something the student can fix.
            throw new IllegalStateException("The report template failed: " + e.getMessage(), e);
        }
    }
}

#include "paper/diagram_export.hpp"

#include "diagram/diagram_painter.hpp"
#include "formats/diagram_text.hpp"
#include "paper/handout.hpp"
#include "formats/ladder.hpp"
#include "formats/trace_json.hpp"
#include "window/language.hpp"
#include "formats/output_file.hpp"
#include "formats/pcap_writer.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace tcpviz {
namespace {

// Acrobat's largest page side; taller diagrams continue on further pages.
constexpr double kMaxPdfPagePoints = 14'000;

// The context of this file's texts in Qt Linguist.
struct Export {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

[[noreturn]] void fail(const QString& path, const QString& why)
{
    throw ExportError(Export::tr("cannot write '%1': %2.").arg(path, why).toStdString());
}

// Under a worksheet and its answers, what the page is.
void paint_caption(QPainter& p, const DiagramLayout& layout, const DiagramTheme& theme, const QString& caption)
{
    if (caption.isEmpty())
        return;
    p.setFont(theme.note_font);
    p.setPen(theme.text);
    p.drawText(QRectF(12, layout.size().height() - DiagramLayout::kBottomMargin, layout.size().width() - 24,
                      DiagramLayout::kBottomMargin - 6),
               Qt::AlignLeft | Qt::AlignVCenter, caption);
}

struct Page {
    AnswerMask mask;
    QString caption;
    bool legend = false;
};

constexpr double kLegendGap = 12; // px between the diagram's foot and the legend

// The diagram, and under it the legend of lines and marks when asked for.
QSizeF page_size(const DiagramLayout& layout, const DiagramTheme& theme, const Page& page)
{
    if (!page.legend)
        return layout.size();
    const QSizeF legend = line_legend_size(theme);
    return {std::max(layout.size().width(), legend.width() + 24), layout.size().height() + kLegendGap + legend.height()};
}

void paint_page(QPainter& p, const DiagramLayout& layout, const DiagramTheme& theme, const QRectF& visible,
                const Page& page)
{
    const QSizeF size = page_size(layout, theme, page);
    if (size != layout.size() && theme.background.alpha() > 0) // the legend's strip has the diagram's ground
        p.fillRect(QRectF(QPointF(0, 0), size), theme.background);
    paint_diagram(p, layout, theme, visible, std::nullopt, page.mask);
    paint_caption(p, layout, theme, page.caption);
    if (page.legend)
        paint_line_legend(p, theme, QRectF(QPointF(12, layout.size().height() + kLegendGap), line_legend_size(theme)));
}

void write_png(const QString& target, const QString& temporary, const DiagramLayout& layout, const DiagramTheme& theme,
               const ImageOptions& options, const Page& page)
{
    const QSizeF size = page_size(layout, theme, page);
    const double scale = options.width ? double(*options.width) / size.width() : options.scale;
    const QSize pixels(std::max(1, int(std::lround(size.width() * scale))), std::max(1, int(std::lround(size.height() * scale))));
    if (double(pixels.width()) * pixels.height() > 400e6)
        fail(target, Export::tr("the image would be %1 x %2 pixels; use a smaller "
                                "--scale or --width, or SVG or PDF")
                         .arg(pixels.width())
                         .arg(pixels.height()));
    const QImage image = render_image(layout, theme, scale, page.mask, page.caption, page.legend);
    if (image.isNull())
        fail(target, Export::tr("not enough memory for a %1 x %2 image").arg(pixels.width()).arg(pixels.height()));
    if (!image.save(temporary, "PNG"))
        fail(target, Export::tr("permission denied or the disk is full"));
}

void write_svg(const QString& target, const QString& temporary, const DiagramLayout& layout, const DiagramTheme& theme,
               const ImageOptions& options, const Page& page)
{
    const QSize size = page_size(layout, theme, page).toSize();
    QSvgGenerator svg;
    svg.setFileName(temporary);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(options.title);
    svg.setDescription(Export::tr("TCP sequence diagram drawn by tcpviz"));
    QPainter painter;
    if (!painter.begin(&svg))
        fail(target, Export::tr("permission denied or the disk is full"));
    paint_page(painter, layout, theme, QRectF(QPointF(0, 0), layout.size()), page);
    painter.end();
}

// Each of `pages` is the whole diagram, on as many PDF pages as its height needs.
void write_pdf(const QString& target, const QString& temporary, const DiagramLayout& layout, const DiagramTheme& theme,
               const ImageOptions& options, const std::vector<Page>& pages)
{
    const QSizeF size = page_size(layout, theme, pages.front());
    const double page_height = std::min(size.height(), kMaxPdfPagePoints);
    QPdfWriter pdf(temporary);
    pdf.setTitle(options.title);
    pdf.setCreator(QStringLiteral("tcpviz"));
    pdf.setResolution(72); // one layout pixel is one point
    pdf.setPageSize(QPageSize(QSizeF(size.width(), page_height), QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf))
        fail(target, Export::tr("permission denied or the disk is full"));
    bool first = true;
    for (const Page& page : pages)
        for (double top = 0; top < size.height(); top += page_height) {
            if (!first)
                pdf.newPage();
            first = false;
            painter.save();
            painter.translate(0, -top);
            paint_page(painter, layout, theme, QRectF(0, top, size.width(), page_height), page);
            painter.restore();
        }
    painter.end();
}

} // namespace

QString answers_path(const QString& worksheet_path)
{
    const QFileInfo info(worksheet_path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-answers.") + info.suffix());
}

QImage render_image(const DiagramLayout& layout, const DiagramTheme& theme, double scale, const AnswerMask& mask,
                    const QString& caption, bool legend)
{
    const Page page{mask, caption, legend};
    const QSizeF size = page_size(layout, theme, page);
    QImage image(QSize(std::max(1, int(std::lround(size.width() * scale))), std::max(1, int(std::lround(size.height() * scale)))),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::transparent); // the print theme has no background of its own
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint_page(painter, layout, theme, QRectF(QPointF(0, 0), layout.size()), page);
    return image;
}

void export_run(const QString& path, const Scenario& scenario, const Trace& trace, const DiagramOptions& diagram,
                const ImageOptions& image, const Lesson* lesson)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const std::string file = path.toStdString();
    const TextDiagramOptions text{diagram.numbers, std::nullopt};
    if (const auto format = image_format_for(path))
        export_image(path, *format, trace, diagram, image);
    else if (suffix == QLatin1String("mmd"))
        write_text_atomically(file, mermaid_text(scenario, trace, text, interface_wording()));
    else if (suffix == QLatin1String("puml"))
        write_text_atomically(file, plantuml_text(scenario, trace, text, interface_wording()));
    else if (suffix == QLatin1String("txt"))
        write_text_atomically(file, [&](const TextSink& sink) {
            write_ladder(sink, scenario, trace, diagram.numbers, interface_wording());
        });
    else if (suffix == QLatin1String("pcap"))
        write_pcap(file, trace);
    else if (suffix == QLatin1String("json"))
        write_text_atomically(file, trace_json_text(scenario, trace));
    else if (suffix == QLatin1String("html"))
        write_text_atomically(file, handout_html(scenario, trace, diagram, image, lesson));
    else
        throw ExportError(Export::tr("cannot export to '%1': the file name must "
                                     "end in .png, .svg, .pdf, .html, .txt, .mmd, "
                                     ".puml, .pcap or .json.")
                              .arg(path)
                              .toStdString());
}

std::optional<ImageFormat> image_format_for(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    return std::nullopt;
}

void export_image(const QString& path, ImageFormat format, const Trace& trace, const DiagramOptions& diagram,
                  const ImageOptions& image)
{
    const DiagramTheme theme = DiagramTheme::make(image.theme);
    const DiagramLayout layout(trace, diagram, metrics_for(theme));
    const auto write = [&](const QString& target, const std::vector<Page>& pages) {
        write_atomically(target.toStdString(), [&](const std::string& temporary_path) {
            const QString temporary = QString::fromStdString(temporary_path);
            switch (format) {
            case ImageFormat::Png: write_png(target, temporary, layout, theme, image, pages.front()); break;
            case ImageFormat::Svg: write_svg(target, temporary, layout, theme, image, pages.front()); break;
            case ImageFormat::Pdf: write_pdf(target, temporary, layout, theme, image, pages); break;
            }
            if (!QFileInfo::exists(temporary))
                fail(target, Export::tr("permission denied or the disk is full"));
        });
    };
    if (!image.worksheet) {
        write(path, {Page{{}, {}, image.legend}});
        return;
    }
    const Page blanks{AnswerMask::worksheet(), Export::tr("Worksheet: write each arrow's flags, Seq and Ack, and "
                                                          "each state, in its box."),
                      image.legend};
    const Page answers{{}, Export::tr("Answers"), image.legend};
    if (format == ImageFormat::Pdf) {
        write(path, {blanks, answers});
    } else {
        write(path, {blanks});
        write(answers_path(path), {answers});
    }
}

std::size_t export_steps(const QString& dir, const Trace& trace, const DiagramOptions& diagram,
                         const ImageOptions& image)
{
    if (!QDir().mkpath(dir))
        throw ExportError(Export::tr("cannot create the folder '%1'.").arg(dir).toStdString());
    const std::uint32_t last = trace.last_step();
    const int digits = std::max(3, int(QString::number(last).size()));
    for (std::uint32_t step = 1; step <= last; ++step) {
        DiagramOptions at_step = diagram;
        at_step.upto_step = step;
        const QString name = QStringLiteral("step-%1.png").arg(step, digits, 10, QLatin1Char('0'));
        export_image(QDir(dir).filePath(name), ImageFormat::Png, trace, at_step, image);
    }
    return last;
}

} // namespace tcpviz

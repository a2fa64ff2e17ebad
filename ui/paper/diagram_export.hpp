#pragma once
// Whole-diagram image exports (PNG, SVG, PDF) through the one painter. Files are
// written to a temporary name and renamed, so a failure leaves nothing behind.
#include "diagram/diagram_layout.hpp"
#include "diagram/diagram_painter.hpp"
#include "diagram/diagram_theme.hpp"
#include "teaching/lesson.hpp"
#include "scenario/scenario.hpp"

#include <QImage>

#include <QString>

#include <optional>

namespace tcpviz {

enum class ImageFormat { Png, Svg, Pdf };

struct ImageOptions {
    ThemeKind theme = ThemeKind::Light;
    double scale = 2.0;            // PNG pixels per layout pixel
    std::optional<int> width;      // PNG width in pixels; overrides scale
    QString title;                 // SVG/PDF document title
    // A worksheet: every arrow's flags, Seq and Ack and every state left as a box to
    // fill in; the answers on a second page (PDF) or in a second file (name-answers.png).
    bool worksheet = false;
    bool legend = false; // the legend of line styles and marks under the diagram
};

// Where a worksheet's answers go when the format has no pages: "lesson-answers.png".
QString answers_path(const QString& worksheet_path);

std::optional<ImageFormat> image_format_for(const QString& path);
// The whole diagram as an image, `scale` pixels per layout pixel (PNG and clipboard).
QImage render_image(const DiagramLayout& layout, const DiagramTheme& theme, double scale, const AnswerMask& mask = {},
                    const QString& caption = {}, bool legend = false);
// A run to a file whose extension picks the format: .png .svg .pdf (the diagram),
// .mmd .puml (diagram as code), .txt (ladder), .pcap, .json (trace), .html (a handout
// with the diagram and narration of every step, or of a lesson's stops). Throws
// ExportError with one sentence, also for an unknown extension.
void export_run(const QString& path, const Scenario& scenario, const Trace& trace, const DiagramOptions& diagram,
                const ImageOptions& image, const Lesson* lesson = nullptr);
// Throws ExportError with one sentence on failure.
void export_image(const QString& path, ImageFormat format, const Trace& trace, const DiagramOptions& diagram,
                  const ImageOptions& image);
// One image per step, step-001.png ... into `dir` (created if missing); returns the count.
std::size_t export_steps(const QString& dir, const Trace& trace, const DiagramOptions& diagram,
                         const ImageOptions& image);

} // namespace tcpviz

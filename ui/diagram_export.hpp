#pragma once
// Whole-diagram image exports (PNG, SVG, PDF) through the one painter. Files are
// written to a temporary name and renamed, so a failure leaves nothing behind.
#include "diagram_layout.hpp"
#include "diagram_theme.hpp"

#include <QString>

#include <optional>

namespace tcpviz {

enum class ImageFormat { Png, Svg, Pdf };

struct ImageOptions {
    ThemeKind theme = ThemeKind::Light;
    double scale = 2.0;            // PNG pixels per layout pixel
    std::optional<int> width;      // PNG width in pixels; overrides scale
    QString title;                 // SVG/PDF document title
};

std::optional<ImageFormat> image_format_for(const QString& path);
// Throws ExportError with one sentence on failure.
void export_image(const QString& path, ImageFormat format, const Trace& trace, const DiagramOptions& diagram,
                  const ImageOptions& image);
// One image per step, step-001.png ... into `dir` (created if missing); returns the count.
std::size_t export_steps(const QString& dir, const Trace& trace, const DiagramOptions& diagram,
                         const ImageOptions& image);

} // namespace tcpviz

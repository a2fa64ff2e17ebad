#include "diagram/diagram_theme.hpp"

#include "window/language.hpp"
#include "tcp/segment.hpp"

namespace tcpviz {
namespace {

QFont font(double pixel_size, bool bold = false, bool italic = false)
{
    QFont f;
    // Chinese reads best in Noto Sans CJK, whose Latin glyphs are of the same design.
    // English keeps DejaVu Sans: loading the large CJK font costs a few milliseconds of
    // the window's start, and Chinese host names still fall back to Noto.
    const auto dejavu = QStringLiteral("DejaVu Sans"), noto = QStringLiteral("Noto Sans CJK SC");
    f.setFamilies(current_language() == QLatin1String("zh_CN") ? QStringList{noto, dejavu} : QStringList{dejavu, noto});
    f.setPixelSize(static_cast<int>(pixel_size + 0.5));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting); // same layout on screen and in exports
    return f;
}

} // namespace

DiagramTheme DiagramTheme::make(ThemeKind kind, double s)
{
    DiagramTheme t;
    t.kind = kind;
    t.label_font = font(14 * s, true);
    t.note_font = font(12 * s, false, true);
    t.state_font = font(13 * s, true);
    t.header_font = font(16 * s, true);
    t.address_font = font(13 * s);
    t.time_font = font(12 * s);
    switch (kind) {
    case ThemeKind::Light:
        t.background = QColor(0xff, 0xff, 0xff);
        t.text = QColor(0x1f, 0x23, 0x28);
        t.muted = QColor(0x5f, 0x67, 0x70);
        t.lifeline = QColor(0x9a, 0xa1, 0xa9);
        t.header_fill = QColor(0xee, 0xf2, 0xf7);
        t.header_border = QColor(0x8a, 0x96, 0xa3);
        t.label_fill = QColor(255, 255, 255, 235);
        t.break_fill = QColor(0xf3, 0xf4, 0xf6);
        t.syn = QColor(0x1f, 0x5f, 0xbf);
        t.syn_ack = QColor(0x7a, 0x3d, 0xb8);
        t.ack = QColor(0x1e, 0x7a, 0x3c);
        t.data = QColor(0x0b, 0x6e, 0x79);
        t.rst = QColor(0xc0, 0x1c, 0x28);
        t.lost = QColor(0xc0, 0x1c, 0x28);
        t.state_fill = {QColor(0xe5, 0xe7, 0xeb), QColor(0xdb, 0xea, 0xfe), QColor(0xfe, 0xf3, 0xc7),
                        QColor(0xfd, 0xe6, 0xd2), QColor(0xd1, 0xfa, 0xe5),
                        // closing: warm for the active closer, violet for the passive one
                        QColor(0xfe, 0xd7, 0xaa), QColor(0xfc, 0xe7, 0xb2), QColor(0xe9, 0xd5, 0xff),
                        QColor(0xfb, 0xcf, 0xe8), QColor(0xdd, 0xd6, 0xfe), QColor(0xd4, 0xd8, 0xdd)};
        t.state_text = t.text;
        break;
    case ThemeKind::Dark:
        t.background = QColor(0x1e, 0x22, 0x27);
        t.text = QColor(0xe6, 0xe9, 0xed);
        t.muted = QColor(0xa0, 0xa8, 0xb2);
        t.lifeline = QColor(0x6b, 0x74, 0x7f);
        t.header_fill = QColor(0x2c, 0x33, 0x3b);
        t.header_border = QColor(0x6b, 0x74, 0x7f);
        t.label_fill = QColor(0x1e, 0x22, 0x27, 235);
        t.break_fill = QColor(0x29, 0x2e, 0x35);
        t.syn = QColor(0x6c, 0xa8, 0xff);
        t.syn_ack = QColor(0xc0, 0x97, 0xfa);
        t.ack = QColor(0x5f, 0xd0, 0x8a);
        t.data = QColor(0x4f, 0xd1, 0xdb);
        t.rst = QColor(0xff, 0x7b, 0x82);
        t.lost = QColor(0xff, 0x7b, 0x82);
        t.state_fill = {QColor(0x3a, 0x40, 0x48), QColor(0x1e, 0x3a, 0x5f), QColor(0x5c, 0x4a, 0x12),
                        QColor(0x5e, 0x35, 0x17), QColor(0x14, 0x53, 0x3a),
                        QColor(0x6b, 0x3d, 0x0f), QColor(0x5a, 0x48, 0x10), QColor(0x4a, 0x2a, 0x6b),
                        QColor(0x6b, 0x1f, 0x4a), QColor(0x3b, 0x2f, 0x73), QColor(0x33, 0x3b, 0x45)};
        t.state_text = t.text;
        break;
    case ThemeKind::Print:
        t.fill_background = false;
        t.background = Qt::white;
        t.text = Qt::black;
        t.muted = QColor(0x40, 0x40, 0x40);
        t.lifeline = QColor(0x60, 0x60, 0x60);
        t.header_fill = Qt::white;
        t.header_border = Qt::black;
        t.label_fill = QColor(255, 255, 255, 0);
        t.break_fill = QColor(255, 255, 255, 0);
        t.syn = t.syn_ack = t.ack = t.data = t.rst = t.lost = Qt::black;
        t.state_fill.fill(Qt::white);
        t.state_text = Qt::black;
        t.arrow_width = 1.5;
        t.band_width = 3.0;
        break;
    case ThemeKind::HighContrast:
        t.background = Qt::black;
        t.text = Qt::white;
        t.muted = QColor(0xff, 0xff, 0x66);
        t.lifeline = Qt::white;
        t.header_fill = Qt::black;
        t.header_border = Qt::white;
        t.label_fill = QColor(0, 0, 0, 240);
        t.break_fill = QColor(0x20, 0x20, 0x20);
        t.syn = QColor(0x66, 0xcc, 0xff);
        t.syn_ack = QColor(0xff, 0x99, 0xff);
        t.ack = QColor(0x66, 0xff, 0x66);
        t.data = QColor(0x00, 0xff, 0xff);
        t.rst = QColor(0xff, 0x55, 0x55);
        t.lost = QColor(0xff, 0x55, 0x55);
        t.state_fill = {QColor(0x33, 0x33, 0x33), QColor(0x00, 0x33, 0x66), QColor(0x66, 0x55, 0x00),
                        QColor(0x66, 0x33, 0x00), QColor(0x00, 0x55, 0x22),
                        QColor(0x77, 0x3c, 0x00), QColor(0x66, 0x55, 0x00), QColor(0x44, 0x00, 0x77),
                        QColor(0x77, 0x00, 0x44), QColor(0x33, 0x00, 0x88), QColor(0x33, 0x33, 0x33)};
        t.state_text = Qt::white;
        t.arrow_width = 2.6;
        t.band_width = 8.0;
        t.label_font.setPixelSize(t.label_font.pixelSize() + 1);
        break;
    }
    return t;
}

QColor DiagramTheme::arrow_colour(std::uint8_t flags, std::uint16_t payload_len) const
{
    if (flags & flag::RST)
        return rst;
    if ((flags & flag::SYN) && (flags & flag::ACK))
        return syn_ack;
    if (flags & flag::SYN)
        return syn;
    return payload_len > 0 ? data : ack;
}

const char* theme_name(ThemeKind kind)
{
    switch (kind) {
    case ThemeKind::Light: return "light";
    case ThemeKind::Dark: return "dark";
    case ThemeKind::Print: return "print";
    case ThemeKind::HighContrast: return "high-contrast";
    }
    return "light";
}

std::optional<ThemeKind> parse_theme(const QString& name)
{
    for (ThemeKind k : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::Print, ThemeKind::HighContrast})
        if (name == QLatin1String(theme_name(k)))
            return k;
    return std::nullopt;
}

} // namespace tcpviz

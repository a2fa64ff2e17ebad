#pragma once
// Colours, pens and fonts of the diagram. Colour is never the only carrier of meaning:
// lost, retransmitted, forged and cookie segments also differ in dash pattern and in
// their marks and notes, so every theme reads in greyscale.
#include "tcp/tcp_state.hpp"

#include <QColor>
#include <QFont>
#include <QString>

#include <array>
#include <optional>

namespace tcpviz {

enum class ThemeKind { Light, Dark, Print, HighContrast };

struct DiagramTheme {
    ThemeKind kind = ThemeKind::Light;
    bool fill_background = true;
    QColor background, text, muted, lifeline, header_fill, header_border, label_fill, break_fill;
    QColor syn, syn_ack, ack, data, rst, lost;
    std::array<QColor, kStateCount> state_fill; // by TcpState
    QColor state_text;
    QFont label_font, note_font, state_font, header_font, address_font, time_font;
    double arrow_width = 1.8;
    double band_width = 6.0;

    // `text_scale` enlarges every font (presentation mode, --scale of text).
    static DiagramTheme make(ThemeKind kind, double text_scale = 1.0);
    QColor arrow_colour(std::uint8_t flags, std::uint16_t payload_len) const;
};

const char* theme_name(ThemeKind kind);
std::optional<ThemeKind> parse_theme(const QString& name);

} // namespace tcpviz

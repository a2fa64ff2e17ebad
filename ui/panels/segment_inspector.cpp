#include "panels/segment_inspector.hpp"

#include "teaching/segment_note.hpp"
#include "window/language.hpp"

#include "tcp/wire.hpp"

#include <QFontDatabase>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tcpviz {
namespace {

constexpr int kByteRole = Qt::UserRole;     // first byte of the field in the packet
constexpr int kLengthRole = Qt::UserRole + 1; // its length in bytes
constexpr int kBytesPerLine = 16;

} // namespace

SegmentInspector::SegmentInspector(QWidget* parent) : QWidget(parent)
{
    fields_ = new QTreeWidget(this);
    fields_->setHeaderLabels({tr("Field"), tr("Value")});
    fields_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    fields_->header()->setMinimumSectionSize(fields_->fontMetrics().horizontalAdvance(tr("Destination port")) + 24);
    fields_->setRootIsDecorated(false);
    hex_ = new QTextEdit(this);
    hex_->setReadOnly(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(fields_);
    split->addWidget(hex_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(fields_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            highlight(item->data(1, kByteRole).toInt(), item->data(1, kLengthRole).toInt());
    });
    clear();
}

QString SegmentInspector::field_value(const QString& name) const
{
    for (int i = 0; i < fields_->topLevelItemCount(); ++i)
        if (fields_->topLevelItem(i)->text(0) == name)
            return fields_->topLevelItem(i)->text(1);
    return {};
}

void SegmentInspector::clear()
{
    shown_.reset();
    fields_->clear();
    // The hint is prose: wrapped, unlike the hex dump.
    hex_->setLineWrapMode(QTextEdit::WidgetWidth);
    hex_->setPlainText(tr("Select an arrow in the diagram to see its header and bytes."));
}

void SegmentInspector::show_segment(const Trace& trace, const SeqNotation& numbers, std::uint32_t segment)
{
    const Segment& s = trace.segments[segment].seg;
    const CapturedSegment* captured_as = captured(trace, segment);
    // The bytes: a captured segment's as the capture holds them, else as tcpviz encodes it.
    std::vector<std::uint8_t> bytes;
    QString payload_text;
    if (captured_as) {
        const auto* first = trace.capture->bytes.data() + captured_as->bytes_at;
        bytes.assign(first, first + captured_as->bytes_len);
    } else {
        const std::string& text = trace.texts[s.payload_text];
        std::vector<std::uint8_t> payload(s.payload_len);
        for (std::size_t i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<std::uint8_t>(text.empty() ? 0 : text[i % text.size()]);
        bytes = encode_ipv4(s, payload);
        payload_text = QString::fromStdString(text);
    }
    const int tcp = captured_as ? captured_as->tcp_at : 20;
    const bool v6 = !bytes.empty() && (bytes[0] >> 4) == 6;
    const int address_at = v6 ? 8 : 12, address_len = v6 ? 16 : 4;
    const int header = (bytes[std::size_t(tcp + 12)] >> 4) * 4;
    const std::uint32_t payload_len = captured_as ? captured_as->payload_len : s.payload_len;
    if (captured_as) { // printable bytes as they are, the rest as dots, as Wireshark shows them
        for (std::size_t i = std::size_t(tcp + header); i < bytes.size() && payload_text.size() < 120; ++i)
            payload_text += bytes[i] >= 0x20 && bytes[i] < 0x7f ? QChar(bytes[i]) : QChar('.');
    }

    fields_->clear();
    shown_ = segment;
    const auto add = [this](const QString& name, const QString& value, int first, int length) {
        auto* item = new QTreeWidgetItem(fields_, {name, value});
        item->setData(1, kByteRole, first);
        item->setData(1, kLengthRole, length);
    };
    const auto address = [&](Ipv4 a, std::uint16_t port) {
        const QString text = QString::fromStdString(address_text(trace, a));
        return (v6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(text).arg(port);
    };
    if (captured_as)
        add(tr("Frame"), tr("%1 in %2").arg(captured_as->frame).arg(QString::fromStdString(trace.capture->file)), 0, 0);
    add(tr("Source"), address(s.src_addr, s.src_port), address_at, address_len);
    add(tr("Destination"), address(s.dst_addr, s.dst_port), address_at + address_len, address_len);
    add(tr("Source port"), QString::number(s.src_port), tcp, 2);
    add(tr("Destination port"), QString::number(s.dst_port), tcp + 2, 2);
    // The notation's number first, the absolute one beside it unless they are the same.
    const auto number = [&](const std::string& written, SeqNum raw) {
        return numbers.notation() == Notation::Absolute
                   ? QString::number(raw.raw())
                   : tr("%1 (absolute %2)").arg(QString::fromStdString(written)).arg(raw.raw());
    };
    add(tr("Sequence number"), number(numbers.seq(segment), s.seq), tcp + 4, 4);
    add(tr("Acknowledgment number"),
        s.has(flag::ACK) ? number(numbers.ack(segment), s.ack) : tr("%1 (ACK flag not set)").arg(s.ack.raw()), tcp + 8,
        4);
    add(tr("Header length"), tr("%1 bytes").arg(header), tcp + 12, 1);
    add(tr("Flags"), QStringLiteral("0x%1 %2").arg(s.flags, 3, 16, QLatin1Char('0')).arg(QString::fromStdString(flags_name(s.flags))), tcp + 13, 1);
    add(tr("Window"), QString::number(s.window), tcp + 14, 2);
    QString checksum = QStringLiteral("0x%1").arg(bytes[std::size_t(tcp + 16)] << 8 | bytes[std::size_t(tcp + 17)], 4,
                                                  16, QLatin1Char('0'));
    if (captured_as && captured_as->checksum == ChecksumCheck::Bad)
        checksum = tr("%1, wrong: normal at the sender with checksum offload").arg(checksum);
    else if (captured_as && captured_as->checksum == ChecksumCheck::Unknown)
        checksum = tr("%1, not checked: the capture cut the segment").arg(checksum);
    add(tr("Checksum"), checksum, tcp + 16, 2);
    add(tr("Urgent pointer"), QString::number(bytes[std::size_t(tcp + 18)] << 8 | bytes[std::size_t(tcp + 19)]),
        tcp + 18, 2);
    QStringList options;
    if (s.options.mss)
        options << tr("MSS %1").arg(s.options.mss);
    if (s.options.sack_permitted)
        options << tr("SACK permitted");
    if (captured_as)
        for (std::uint8_t i = 0; i < captured_as->sack_count; ++i) {
            const SackBlock& b = trace.capture->sack_blocks[captured_as->sack_at + i];
            options << tr("SACK %1-%2").arg(b.left.raw()).arg(b.right.raw());
        }
    if (s.options.timestamps)
        options << tr("timestamps %1/%2").arg(s.options.ts_val).arg(s.options.ts_ecr);
    if (s.options.window_scale >= 0)
        options << tr("window scale %1").arg(s.options.window_scale);
    add(tr("Options"), options.isEmpty() ? tr("none") : options.join(QStringLiteral(", ")), tcp + 20, header - 20);
    add(tr("Payload"), payload_len ? tr("%1 bytes: \"%2\"").arg(payload_len).arg(payload_text) : tr("none"),
        tcp + header, int(payload_len));
    if (captured_as) {
        const std::string note = segment_note(trace, segment, interface_wording());
        if (!note.empty())
            add(tr("Analysis"), QString::fromStdString(note), 0, 0);
    }

    QString dump;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i % kBytesPerLine == 0)
            dump += QStringLiteral("%1  ").arg(i, 4, 16, QLatin1Char('0'));
        dump += QStringLiteral("%1").arg(bytes[i], 2, 16, QLatin1Char('0'));
        dump += (i % kBytesPerLine == kBytesPerLine - 1 || i + 1 == bytes.size()) ? QStringLiteral("\n") : QStringLiteral(" ");
    }
    // The fixed-width font is loaded at the first dump, not with the window.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (hex_->font() != fixed)
        hex_->setFont(fixed);
    hex_->setLineWrapMode(QTextEdit::NoWrap);
    hex_->setPlainText(dump);
}

void SegmentInspector::highlight(int first, int count)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int b = first; b < first + count; ++b) {
        // "0000  " then three characters per byte on lines of 16 bytes.
        const int line = b / kBytesPerLine, column = 6 + (b % kBytesPerLine) * 3;
        QTextCursor cursor(hex_->document()->findBlockByNumber(line));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column);
        cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 2);
        QTextEdit::ExtraSelection sel;
        sel.cursor = cursor;
        sel.format.setBackground(palette().highlight());
        sel.format.setForeground(palette().highlightedText());
        selections << sel;
    }
    hex_->setExtraSelections(selections);
}

} // namespace tcpviz

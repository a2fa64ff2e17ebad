#pragma once
// Every header field of the selected segment and its bytes in hex; selecting a field
// highlights its bytes. The bytes are the core's wire encoding, as in the pcap export.
#include "teaching/seq_notation.hpp"
#include "sim/trace.hpp"

#include <QWidget>

#include <optional>

class QTreeWidget;
class QTextEdit;

namespace tcpviz {

class SegmentInspector : public QWidget {
    Q_OBJECT
public:
    explicit SegmentInspector(QWidget* parent = nullptr);
    // Seq and Ack in the notation of `numbers`, and always the absolute value too.
    void show_segment(const Trace& trace, const SeqNotation& numbers, std::uint32_t segment);
    void clear();
    // The segment shown, if any, and a field's value as shown ("Sequence number").
    std::optional<std::uint32_t> shown_segment() const { return shown_; }
    QString field_value(const QString& name) const;

private:
    void highlight(int first_byte, int byte_count);

    QTreeWidget* fields_;
    QTextEdit* hex_;
    std::optional<std::uint32_t> shown_;
};

} // namespace tcpviz

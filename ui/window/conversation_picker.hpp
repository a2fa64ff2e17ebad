#pragma once
// The conversations of a capture to pick from, as tcpviz --conversations lists them.
#include "capture/conversations.hpp"

#include <QDialog>

#include <optional>
#include <vector>

class QListWidget;

namespace tcpviz {

class ConversationPicker : public QDialog {
    Q_OBJECT
public:
    ConversationPicker(const QString& file, const ConversationList& conversations, QWidget* parent = nullptr);
    // The numbers of the conversations selected, in order.
    std::vector<std::uint32_t> chosen() const;

private:
    QListWidget* list_;
};

// Asks which conversations to show; none when the user cancels.
std::optional<std::vector<std::uint32_t>> pick_conversations(QWidget* parent, const QString& file,
                                                              const ConversationList& conversations);

} // namespace tcpviz

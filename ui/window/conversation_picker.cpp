#include "window/conversation_picker.hpp"

#include "formats/capture_text.hpp"
#include "window/language.hpp"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tcpviz {

ConversationPicker::ConversationPicker(const QString& file, const ConversationList& conversations,
                                       QWidget* parent)
    : QDialog(parent), list_(new QListWidget(this))
{
    setWindowTitle(tr("Open capture"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 holds %n TCP connection(s). Pick the ones to step through; each gets its "
                                "endpoints' lifelines.",
                                nullptr, int(conversations.size()))
                                 .arg(QFileInfo(file).fileName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // One line per connection, aligned as the command line prints them.
    list_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const Conversation& c : conversations) {
        auto* item = new QListWidgetItem(QString::fromStdString(conversation_line(c, interface_wording())), list_);
        item->setData(Qt::UserRole, c.number);
    }
    list_->setCurrentRow(0);
    layout->addWidget(list_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* all = buttons->addButton(tr("Select all"), QDialogButtonBox::ActionRole);
    connect(all, &QPushButton::clicked, list_, &QListWidget::selectAll);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(900, 420);
}

std::vector<std::uint32_t> ConversationPicker::chosen() const
{
    std::vector<std::uint32_t> out;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->isSelected())
            out.push_back(list_->item(i)->data(Qt::UserRole).toUInt());
    return out;
}

std::optional<std::vector<std::uint32_t>> pick_conversations(QWidget* parent, const QString& file,
                                                              const ConversationList& conversations)
{
    ConversationPicker picker(file, conversations, parent);
    if (picker.exec() != QDialog::Accepted || picker.chosen().empty())
        return std::nullopt;
    return picker.chosen();
}

} // namespace tcpviz
